package city.civility.portal.news;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Publishes scheduled articles on time, whether or not anybody is signed in. */
@Singleton
public class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

    @Inject
    ArticleService articles;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void publishDue() {
        try {
            int published = articles.publishDue();
            if (published > 0) {
                LOG.info(() -> "event=scheduled-articles-published count=" + published);
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next tick tries again.
            LOG.log(Level.WARNING, "event=scheduled-publishing-failed", e);
        }
    }
}
