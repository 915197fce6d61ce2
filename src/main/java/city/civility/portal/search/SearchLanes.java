package city.civility.portal.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.util.IOSupplier;

/**
 * How many searches run at once and how many wait. Searches are CPU work: sharing the
 * processors among more of them makes every one slower. Those beyond run in order after a
 * short wait; one that finds the queue full, or waits out its time, is refused at once
 * ({@link SearchBusy}). Each search holds one of the server's few request threads, so a
 * burst of searches must not hold them all: every other page needs one too.
 */
final class SearchLanes {

    private final Semaphore running;
    private final int admitted;
    private final long waitNanos;
    /** Searches running or waiting now. */
    private final AtomicInteger inside = new AtomicInteger();

    SearchLanes(int concurrent, int queue, Duration wait) {
        if (concurrent < 1 || queue < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("search lanes: concurrent " + concurrent + ", queue " + queue + ", wait " + wait);
        }
        this.running = new Semaphore(concurrent, true);
        this.admitted = concurrent + queue;
        this.waitNanos = wait.toNanos();
    }

    <T> T run(IOSupplier<T> work) throws IOException {
        try {
            if (inside.incrementAndGet() > admitted || !running.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new SearchBusy();
            }
            try {
                return work.get();
            } finally {
                running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusy();
        } finally {
            inside.decrementAndGet();
        }
    }
}
