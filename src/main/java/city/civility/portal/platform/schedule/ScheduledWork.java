package city.civility.portal.platform.schedule;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Work that runs on a schedule, once across all instances of the portal: every
 * instance asks every few seconds whether a job is due, and the one that gets the
 * job's row ({@link JobTurns}) runs it. The schedule lives in the database, so it
 * survives restarts and outages; a run that fails (the database away for a moment) is
 * retried at the next ask. A managed executor rather than EJB timers, which the server
 * drops for good after two failed runs.
 */
@ApplicationScoped
public class ScheduledWork {

    private static final Logger LOG = Logger.getLogger(ScheduledWork.class.getName());
    /** How often an instance asks at most: a job due in an hour is still noticed within seconds of a moved clock. */
    private static final Duration ASK_AT_MOST_EVERY = Duration.ofSeconds(5);

    /** A named job: runs about every {@code every}, inside the transaction that holds its turn. */
    public record Job(String name, Duration every, Runnable work) {
    }

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    JobTurns turns;

    private final List<ScheduledFuture<?>> asking = new CopyOnWriteArrayList<>();

    /** Runs {@code work} about every {@code every} on one instance at a time; {@code name} identifies the job across instances. */
    public void every(String name, Duration every, Runnable work) {
        Job job = new Job(name, every, work);
        long ask = Math.min(every.toMillis(), ASK_AT_MOST_EVERY.toMillis());
        asking.add(executor.scheduleWithFixedDelay(() -> turn(job), ask, ask, TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    void stop() {
        asking.forEach(f -> f.cancel(false));
    }

    private void turn(Job job) {
        try {
            if (turns.runIfDue(job) == JobTurns.Outcome.UNKNOWN) {
                turns.register(job.name());
            }
        } catch (RuntimeException e) {
            // The database may be away, or another instance registered the job first; the next ask tries again.
            LOG.log(Level.WARNING, "event=scheduled-work-failed job={0} cause={1}", new Object[] {job.name(), e.toString()});
        }
    }
}
