package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Admission of searches: so many run, so many wait a while, the rest are refused at once. */
class SearchLanesTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        finish.countDown();
        pool.shutdownNow();
    }

    /** A search that runs until the test lets it finish. */
    private Future<String> holdALane(SearchLanes lanes) throws InterruptedException {
        Future<String> held = pool.submit(() -> lanes.run(() -> {
            running.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS));
        return held;
    }

    @Test
    void aSearchFindingTheQueueFullIsRefusedWithoutWaiting() throws Exception {
        SearchLanes lanes = new SearchLanes(1, 0, Duration.ofMinutes(1));
        holdALane(lanes);
        long started = System.nanoTime();
        assertThrows(SearchBusy.class, () -> lanes.run(() -> "second"));
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "refused at once, not after the minute's wait");
    }

    @Test
    void aWaitingSearchIsRefusedWhenItsWaitEnds() throws Exception {
        SearchLanes lanes = new SearchLanes(1, 1, Duration.ofMillis(200));
        holdALane(lanes);
        long started = System.nanoTime();
        assertThrows(SearchBusy.class, () -> lanes.run(() -> "second"));
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(200).toNanos(), "it waited its time first");
        finish.countDown();
        assertEquals("third", lanes.run(() -> "third"), "a refusal leaves no lane taken");
    }

    @Test
    void aWaitingSearchRunsWhenALaneFrees() throws Exception {
        SearchLanes lanes = new SearchLanes(1, 1, Duration.ofMinutes(1));
        Future<String> first = holdALane(lanes);
        Future<String> second = pool.submit(() -> lanes.run(() -> "second"));
        finish.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals("second", second.get(10, TimeUnit.SECONDS));
    }
}
