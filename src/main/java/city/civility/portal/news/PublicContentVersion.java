package city.civility.portal.news;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * When anything public last changed, for the page cache, without a database query per
 * page view: this instance learns of its own publications the moment they commit, and
 * reads the database at most once a second to learn of other instances'.
 */
@ApplicationScoped
public class PublicContentVersion {

    /** Fired (inside the transaction) by whatever changes what the public sees. */
    public record Changed() {
    }

    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Inject
    PublicNews news;

    private volatile Instant version;
    private volatile long checkedAt;

    public Instant current() {
        long now = System.nanoTime();
        Instant known = version;
        if (known == null || now - checkedAt > RECHECK_NANOS) {
            known = news.lastChange();
            version = known;
            checkedAt = now;
        }
        return known;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        version = null;
    }
}
