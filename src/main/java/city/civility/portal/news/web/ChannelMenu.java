package city.civility.portal.news.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicContentVersion;
import city.civility.portal.news.PublicNews;

/**
 * The channels in the public navigation ({@code #{channelMenu.channels}}), read at most
 * once a minute (at once after a change here). Every page shows them, error pages included: while the database is
 * away the last list read (or none) is shown, so the 503 page itself still renders.
 */
@Named
@ApplicationScoped
public class ChannelMenu {

    private static final Logger LOG = Logger.getLogger(ChannelMenu.class.getName());
    private static final Duration FRESH = Duration.ofMinutes(1);

    @Inject
    PublicNews news;

    private volatile List<Channel> channels = List.of();
    private volatile Instant readAt = Instant.EPOCH;

    /** A change to the channels (or anything public) shows in the menu at once. */
    void refresh(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentVersion.Changed change) {
        readAt = Instant.EPOCH;
    }

    public List<Channel> getChannels() {
        if (readAt.plus(FRESH).isBefore(Instant.now())) {
            try {
                channels = news.channels();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "channels not readable now", e);
            }
            readAt = Instant.now();
        }
        return channels;
    }
}
