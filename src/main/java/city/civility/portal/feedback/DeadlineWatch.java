package city.civility.portal.feedback;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import city.civility.portal.platform.schedule.ScheduledWork;

/** Looks for coming and passed deadlines every minute, on one instance at a time, through the schedule kept in the database. */
@Singleton
@Startup
@DependsOn("Migrations")
public class DeadlineWatch {

    static final Duration EVERY = Duration.ofMinutes(1);

    @Inject
    ScheduledWork work;

    @Inject
    CaseDeadlines deadlines;

    @PostConstruct
    void start() {
        work.every("feedback.deadlines", EVERY, deadlines::remindAndEscalate);
    }
}
