package city.civility.portal.news;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import city.civility.portal.platform.schedule.ScheduledWork;

/**
 * Publishes scheduled articles on time, whether or not anybody is signed in: every
 * five seconds, on one instance of the portal at a time, it publishes what is due.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());
    static final Duration EVERY = Duration.ofSeconds(5);

    @Inject
    ScheduledWork work;

    @Inject
    ArticleService articles;

    @PostConstruct
    void start() {
        work.every("news.publish-due", EVERY, () -> {
            int published = articles.publishDue();
            if (published > 0) {
                LOG.info(() -> "event=scheduled-articles-published count=" + published);
            }
        });
    }
}
