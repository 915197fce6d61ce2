package city.civility.portal.platform.publicsite;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

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
 * changes the moment they commit, and reads the row at most twice a second to learn of
 * other instances': a shared cache in front keeps a page for a second, and a withdrawal
 * made elsewhere must be out of both within two. That read is made by one request while
 * the others go on with the version known a moment ago.
 */
@ApplicationScoped
public class PublicContentVersion {

    /** Fired (inside the transaction) by whatever changes what the public sees. */
    public record Changed() {
    }

    static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

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
        Instant read = em.createQuery("SELECT v.changedAt FROM PublicVersion v", Instant.class).getSingleResult();
        if (commits.get() == seen) {
            version = read;
            checkedAt = now;
        }
        return read;
    }

    /** Inside the changing transaction: the row stays locked until it commits, so versions follow commits in order. */
    void changing(@Observes Changed change) {
        em.find(PublicVersion.class, PublicVersion.ID, LockModeType.PESSIMISTIC_WRITE).advance(clock.now());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        commits.incrementAndGet();
        version = null;
    }
}
