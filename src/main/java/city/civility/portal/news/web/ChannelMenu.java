package city.civility.portal.news.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicContentVersion;
import city.civility.portal.news.PublicNews;

/**
 * The channels in the public navigation ({@code #{channelMenu.channels}}), read again
 * whenever the public version changes, on this instance or another (a page re-rendered
 * for a renamed channel must not keep the old name). Every page shows them, error pages
 * included: while the database is away the last list read (or none) is shown, and it is
 * asked again at most once a minute, so the 503 page itself still renders quickly.
 */
@Named
@ApplicationScoped
public class ChannelMenu {

    private static final Logger LOG = Logger.getLogger(ChannelMenu.class.getName());
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    @Inject
    PublicNews news;

    @Inject
    PublicContentVersion version;

    private volatile List<Channel> channels = List.of();
    private volatile Instant readForVersion;
    private volatile Instant failedAt = Instant.EPOCH;

    public List<Channel> getChannels() {
        if (failedAt.plus(RETRY_AFTER_FAILURE).isAfter(Instant.now())) {
            return channels;
        }
        try {
            Instant current = version.current();
            if (!current.equals(readForVersion)) {
                channels = news.channels();
                readForVersion = current;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "channels not readable now", e);
            failedAt = Instant.now();
        }
        return channels;
    }
}
