package city.civility.portal.news;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/**
 * Publishes scheduled articles on time, whether or not anybody is signed in: every
 * five seconds it asks for what is due. A managed executor rather than an EJB timer,
 * which the server drops for good after two failed runs (a database outage).
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());
    static final long EVERY_SECONDS = 5;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ArticleService articles;

    private ScheduledFuture<?> ticks;

    @PostConstruct
    void start() {
        ticks = executor.scheduleWithFixedDelay(this::publishDue, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        ticks.cancel(false);
    }

    private void publishDue() {
        try {
            int published = articles.publishDue();
            if (published > 0) {
                LOG.info(() -> "event=scheduled-articles-published count=" + published);
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next tick tries again.
            LOG.log(Level.WARNING, "event=scheduled-publishing-failed cause={0}", e.toString());
        }
    }
}
