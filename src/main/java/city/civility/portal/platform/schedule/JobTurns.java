package city.civility.portal.platform.schedule;

import java.lang.management.ManagementFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import city.civility.portal.platform.PortalClock;

/**
 * Decides, across every instance on the database, whose turn it is to run a job. The
 * instance that locks the job's row runs the job inside the same transaction, so the
 * row stays locked until the job's work has committed; the others skip the row rather
 * than wait for it. A failed job rolls back with its row: it is still due next time.
 */
@ApplicationScoped
public class JobTurns {

    /** Which process ran a job, in the row: "pid@host". */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    /** What became of one turn. */
    public enum Outcome { RAN, NOT_DUE, TAKEN, UNKNOWN }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome runIfDue(ScheduledWork.Job job) {
        boolean locked = !em.createNativeQuery("SELECT name FROM scheduled_work WHERE name = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, job.name()).getResultList().isEmpty();
        if (!locked) {
            return em.find(ScheduledJob.class, job.name()) == null ? Outcome.UNKNOWN : Outcome.TAKEN;
        }
        ScheduledJob row = em.find(ScheduledJob.class, job.name());
        if (!row.isDue(clock.now(), job.every())) {
            return Outcome.NOT_DUE;
        }
        job.work().run();
        row.ran(clock.now(), job.every(), INSTANCE);
        return Outcome.RAN;
    }

    /** Adds a job's row; two instances adding it at once leave one row (the other's insert fails). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void register(String name) {
        if (em.find(ScheduledJob.class, name) == null) {
            em.persist(new ScheduledJob(name, clock.now()));
        }
    }
}
