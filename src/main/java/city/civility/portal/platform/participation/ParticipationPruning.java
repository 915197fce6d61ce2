package city.civility.portal.platform.participation;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import city.civility.portal.platform.schedule.ScheduledWork;

/** Once an hour, on one instance at a time: verification codes and redeemed form tokens that can no longer matter go. */
@Singleton
@Startup
@DependsOn("Migrations")
public class ParticipationPruning {

    private static final Logger LOG = Logger.getLogger(ParticipationPruning.class.getName());

    @Inject
    ScheduledWork work;

    @Inject
    ContactCodes codes;

    @Inject
    FormTokens tokens;

    @PostConstruct
    void start() {
        work.every("participation.prune", Duration.ofHours(1), () -> {
            int pruned = codes.prune() + tokens.prune();
            if (pruned > 0) {
                LOG.info(() -> "event=participation-pruned rows=" + pruned);
            }
        });
    }
}
