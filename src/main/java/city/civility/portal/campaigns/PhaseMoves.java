package city.civility.portal.campaigns;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import city.civility.portal.platform.schedule.ScheduledWork;

/**
 * Moves campaigns through their phases on time, whether or not anybody is signed in: every
 * five seconds, on one instance at a time, through the schedule kept in the database (which
 * survives restarts and outages). Ballots do not wait for it: a campaign takes them exactly
 * while its dates say it votes.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class PhaseMoves {

    static final Duration EVERY = Duration.ofSeconds(5);

    @Inject
    ScheduledWork work;

    @Inject
    CampaignService campaigns;

    @PostConstruct
    void start() {
        work.every("campaigns.move-phases", EVERY, campaigns::moveDue);
    }
}
