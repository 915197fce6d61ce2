package city.civility.portal.platform.schedule;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A job's row: when it is next due, and which instance last ran it. */
@Entity
@Table(name = "scheduled_work")
public class ScheduledJob {

    @Id
    private String name;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_run_by")
    private String lastRunBy;

    protected ScheduledJob() {
    }

    /** A job seen for the first time is due at once. */
    ScheduledJob(String name, Instant now) {
        this.name = name;
        this.nextRunAt = now;
    }

    /** Due at its time, or at once if that time is further away than one period (a clock set back, e.g. by NTP, must not stall it). */
    boolean isDue(Instant now, Duration every) {
        return !now.isBefore(nextRunAt) || nextRunAt.isAfter(now.plus(every));
    }

    void ran(Instant now, Duration every, String instance) {
        lastRunAt = now;
        lastRunBy = instance;
        nextRunAt = now.plus(every);
    }

    public String getName() {
        return name;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }

    public String getLastRunBy() {
        return lastRunBy;
    }
}
