package city.civility.portal.campaigns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.participation.RateLimits;

/**
 * The fraud signals a ballot is checked against as it is cast, each with its threshold in
 * the configuration ({@code portal.voting.*}, PORTAL_VOTING_*; limits written {@code N/duration}:
 * more than N in the window flags). They count ballots in the database, so every instance
 * sees every ballot. When a group (one address, one /24, one device, one set of choices)
 * crosses its threshold, its earlier ballots in the window are set aside with it: a stuffer's
 * first ballots are no better than its last.
 */
@ApplicationScoped
public class FraudSignals {

    private static final Logger LOG = Logger.getLogger(FraudSignals.class.getName());
    /**
     * Ballots past a threshold that still look back for earlier ones to set aside: the first few
     * (several may cross it at once), not every later one, which would rescan the whole burst.
     */
    static final int LOOK_BACK_WHILE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.voting.per-address", defaultValue = "10/PT10M")
    String perAddressText;

    @Inject
    @ConfigProperty(name = "portal.voting.per-subnet", defaultValue = "50/PT10M")
    String perSubnetText;

    /** Night in the office's time zone, {@code HH:mm-HH:mm}. */
    @Inject
    @ConfigProperty(name = "portal.voting.night", defaultValue = "00:30-06:00")
    String nightText;

    @Inject
    @ConfigProperty(name = "portal.voting.per-subnet-at-night", defaultValue = "5/PT10M")
    String atNightText;

    @Inject
    @ConfigProperty(name = "portal.voting.same-choices", defaultValue = "30/PT5M")
    String sameChoicesText;

    @Inject
    @ConfigProperty(name = "portal.voting.phones-per-device", defaultValue = "3")
    int phonesPerDevice;

    @Inject
    @ConfigProperty(name = "portal.voting.min-fill-seconds", defaultValue = "5")
    int minFillSeconds;

    private RateLimits.Limit perAddress;
    private RateLimits.Limit perSubnet;
    private RateLimits.Limit atNight;
    private RateLimits.Limit sameChoices;
    private LocalTime nightFrom;
    private LocalTime nightUntil;

    @PostConstruct
    void readThresholds() {
        perAddress = RateLimits.Limit.parse(perAddressText);
        perSubnet = RateLimits.Limit.parse(perSubnetText);
        atNight = RateLimits.Limit.parse(atNightText);
        sameChoices = RateLimits.Limit.parse(sameChoicesText);
        String[] night = nightText.strip().split("-", 2);
        nightFrom = LocalTime.parse(night[0].strip());
        nightUntil = LocalTime.parse(night[1].strip());
    }

    /** The /24 of an IPv4 address, the /48 of an IPv6 one: what one household, office or server room shares. */
    static String subnetOf(String address) {
        if (!address.contains(":")) {
            int last = address.lastIndexOf('.');
            return last < 0 ? address : address.substring(0, last) + ".0/24";
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name is looked up
            return String.format("%02x%02x:%02x%02x:%02x%02x::/48", bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5]);
        } catch (UnknownHostException e) {
            return address;
        }
    }

    boolean isNight(Instant at) {
        LocalTime time = LocalTime.ofInstant(at, PortalClock.ZONE);
        return nightFrom.isBefore(nightUntil) ? !time.isBefore(nightFrom) && time.isBefore(nightUntil)
                : !time.isBefore(nightFrom) || time.isBefore(nightUntil);
    }

    /**
     * The signals a new ballot raises, and the earlier ballots of each crossed group set aside
     * with it. Runs in the ballot's transaction, before the ballot is written.
     */
    Set<FraudSignal> check(long campaignId, Ballot.Origin origin, String phoneKey, String picksKey, Instant now) {
        Set<FraudSignal> signals = EnumSet.noneOf(FraudSignal.class);
        if (origin.fillSeconds() < minFillSeconds) {
            signals.add(FraudSignal.TOO_FAST);
        }
        group(signals, FraudSignal.ADDRESS, "address", origin.address(), perAddress, campaignId, now);
        group(signals, FraudSignal.SUBNET, "subnet", origin.subnet(), perSubnet, campaignId, now);
        if (isNight(now)) {
            group(signals, FraudSignal.NIGHT, "subnet", origin.subnet(), atNight, campaignId, now);
        }
        group(signals, FraudSignal.SAME_CHOICES, "picks_key", picksKey, sameChoices, campaignId, now);
        long otherPhones = count("SELECT COUNT(*) FROM (SELECT DISTINCT phone_key FROM ballot WHERE campaign_id = ?1 AND device = ?2"
                + " AND phone_key <> ?3 LIMIT ?4) t", campaignId, origin.device(), phoneKey, phonesPerDevice + LOOK_BACK_WHILE);
        if (otherPhones + 1 > phonesPerDevice) {
            signals.add(FraudSignal.DEVICE);
            if (otherPhones + 1 <= phonesPerDevice + LOOK_BACK_WHILE) {
                setAside(FraudSignal.DEVICE, "device", origin.device(), campaignId, null);
            }
        }
        if (!signals.isEmpty()) {
            LOG.info(() -> "event=ballot-flagged campaign=" + campaignId + " signals=" + signals + " subnet=" + origin.subnet());
        }
        return signals;
    }

    /** One group's signal: more than the limit's number of ballots in its window, this one included. */
    private void group(Set<FraudSignal> signals, FraudSignal signal, String column, String value, RateLimits.Limit limit, long campaignId,
            Instant now) {
        Instant since = now.minus(limit.window());
        long earlier = count("SELECT COUNT(*) FROM (SELECT 1 FROM ballot WHERE campaign_id = ?1 AND " + column + " = ?2 AND cast_at > ?3 LIMIT ?4) t",
                campaignId, value, utc(since), limit.times() + LOOK_BACK_WHILE);
        if (earlier + 1 > limit.times()) {
            signals.add(signal);
            if (earlier + 1 <= limit.times() + LOOK_BACK_WHILE) {
                setAside(signal, column, value, campaignId, since);
            }
        }
    }

    /** An instant as JDBC drivers bind it for a TIMESTAMP WITH TIME ZONE column (PostgreSQL's does not take an Instant). */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The group's counted ballots (since {@code since}, when given) that no reviewer has decided on: set aside, flagged. */
    private void setAside(FraudSignal signal, String column, String value, long campaignId, Instant since) {
        var update = em.createNativeQuery("UPDATE ballot SET status = 'SET_ASIDE', signals = ?1 WHERE campaign_id = ?2 AND " + column + " = ?3"
                + (since == null ? "" : " AND cast_at > ?4") + " AND status = 'COUNTED' AND reviewed_at IS NULL")
                .setParameter(1, signal.name()).setParameter(2, campaignId).setParameter(3, value);
        if (since != null) {
            update.setParameter(4, utc(since));
        }
        int changed = update.executeUpdate();
        if (changed > 0) {
            LOG.info(() -> "event=ballots-set-aside campaign=" + campaignId + " signal=" + signal + " count=" + changed);
        }
    }
}
