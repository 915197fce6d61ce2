package city.civility.portal.news;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.PortalClock;

/**
 * The version of what the public sees, for the page cache, without a database query per
 * page view. Every transaction that changes something public fires {@link Changed}, which
 * moves the version row on inside that transaction; this instance learns of its own
 * changes the moment they commit, and reads the row at most once a second to learn of
 * other instances'.
 */
@ApplicationScoped
public class PublicContentVersion {

    /** Fired (inside the transaction) by whatever changes what the public sees. */
    public record Changed() {
    }

    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    private volatile Instant version;
    private volatile long checkedAt;

    public Instant current() {
        long now = System.nanoTime();
        Instant known = version;
        if (known == null || now - checkedAt > RECHECK_NANOS) {
            known = em.createQuery("SELECT v.changedAt FROM PublicVersion v", Instant.class).getSingleResult();
            version = known;
            checkedAt = now;
        }
        return known;
    }

    /** Inside the changing transaction: the row stays locked until it commits, so versions follow commits in order. */
    void changing(@Observes Changed change) {
        em.find(PublicVersion.class, PublicVersion.ID, LockModeType.PESSIMISTIC_WRITE).advance(clock.now());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        version = null;
    }
}
