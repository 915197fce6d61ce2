package city.civility.portal.news;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * When anything public last changed, for the page cache, without a database query per
 * page view: this instance learns of its own publications the moment they commit, and
 * reads the database at most twice a second to learn of other instances': a shared cache in
 * front keeps a page for a second, and a withdrawal made elsewhere must be out of both within
 * two. That read is made by one request while the others go on with the version known a
 * moment ago.
 */
@ApplicationScoped
public class PublicContentVersion {

    /** Fired (inside the transaction) by whatever changes what the public sees. */
    public record Changed() {
    }

    static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    @Inject
    PublicNews news;

    private volatile Instant version;
    private volatile long checkedAt;
    /** Whether a request is reading the version for the others right now. */
    private final AtomicBoolean checking = new AtomicBoolean();
    /** This instance's commits, so that a read begun before one does not hide it. */
    private final AtomicLong commits = new AtomicLong();

    public Instant current() {
        Instant known = version;
        if (known == null) {
            return read(); // this instance just published: everyone waits for the new version
        }
        if (System.nanoTime() - checkedAt > RECHECK_NANOS && checking.compareAndSet(false, true)) {
            try {
                known = read();
            } finally {
                checking.set(false);
            }
        }
        return known;
    }

    private Instant read() {
        long now = System.nanoTime();
        long seen = commits.get();
        Instant read = news.lastChange();
        if (commits.get() == seen) {
            version = read;
            checkedAt = now;
        }
        return read;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        commits.incrementAndGet();
        version = null;
    }
}
