package city.civility.portal.search;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import city.civility.portal.platform.schedule.ScheduledWork;

/** Once an hour, on one instance at a time, the search log loses the rows older than its retention period. */
@Singleton
@Startup
@DependsOn("Migrations")
public class SearchLogPruning {

    private static final Logger LOG = Logger.getLogger(SearchLogPruning.class.getName());

    @Inject
    ScheduledWork work;

    @Inject
    SearchOutbox log;

    @PostConstruct
    void start() {
        work.every("search.prune-log", Duration.ofHours(1), () -> {
            int pruned = log.prune();
            if (pruned > 0) {
                LOG.info(() -> "event=search-log-pruned rows=" + pruned);
            }
        });
    }
}
