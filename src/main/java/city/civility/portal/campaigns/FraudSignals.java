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
     * with it. Runs in the ballot's transaction, before the ballot is written; every group is
     * counted in one statement (one round trip, whatever the number of signals).
     */
    Set<FraudSignal> check(long campaignId, Ballot.Origin origin, String phoneKey, String picksKey, Instant now) {
        Set<FraudSignal> signals = EnumSet.noneOf(FraudSignal.class);
        if (origin.fillSeconds() < minFillSeconds) {
            signals.add(FraudSignal.TOO_FAST);
        }
        Object[] counts = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM (SELECT 1 FROM ballot WHERE address = ?2 AND cast_at > ?3 AND campaign_id = ?1 LIMIT ?4) a),"
                        + " (SELECT COUNT(*) FROM (SELECT 1 FROM ballot WHERE subnet = ?5 AND cast_at > ?6 AND campaign_id = ?1 LIMIT ?7) s),"
                        + " (SELECT COUNT(*) FROM (SELECT 1 FROM ballot WHERE subnet = ?5 AND cast_at > ?8 AND campaign_id = ?1 LIMIT ?9) n),"
                        + " (SELECT COUNT(*) FROM (SELECT 1 FROM ballot WHERE picks_key = ?10 AND cast_at > ?11 AND campaign_id = ?1 LIMIT ?12) p),"
                        + " (SELECT COUNT(*) FROM (SELECT DISTINCT phone_key FROM ballot WHERE device = ?13 AND campaign_id = ?1 AND phone_key <> ?14"
                        + " LIMIT ?15) d)")
                .setParameter(1, campaignId)
                .setParameter(2, origin.address()).setParameter(3, utc(now.minus(perAddress.window()))).setParameter(4, lookAt(perAddress.times()))
                .setParameter(5, origin.subnet()).setParameter(6, utc(now.minus(perSubnet.window()))).setParameter(7, lookAt(perSubnet.times()))
                .setParameter(8, utc(now.minus(atNight.window()))).setParameter(9, lookAt(atNight.times()))
                .setParameter(10, picksKey).setParameter(11, utc(now.minus(sameChoices.window()))).setParameter(12, lookAt(sameChoices.times()))
                .setParameter(13, origin.device()).setParameter(14, phoneKey).setParameter(15, lookAt(phonesPerDevice))
                .getSingleResult();
        group(signals, FraudSignal.ADDRESS, count(counts[0]), perAddress.times(), "address", origin.address(), campaignId, now.minus(perAddress.window()));
        group(signals, FraudSignal.SUBNET, count(counts[1]), perSubnet.times(), "subnet", origin.subnet(), campaignId, now.minus(perSubnet.window()));
        if (isNight(now)) {
            group(signals, FraudSignal.NIGHT, count(counts[2]), atNight.times(), "subnet", origin.subnet(), campaignId, now.minus(atNight.window()));
        }
        group(signals, FraudSignal.SAME_CHOICES, count(counts[3]), sameChoices.times(), "picks_key", picksKey, campaignId,
                now.minus(sameChoices.window()));
        group(signals, FraudSignal.DEVICE, count(counts[4]), phonesPerDevice, "device", origin.device(), campaignId, null);
        if (!signals.isEmpty()) {
            LOG.info(() -> "event=ballot-flagged campaign=" + campaignId + " signals=" + signals + " subnet=" + origin.subnet());
        }
        return signals;
    }

    /** Counted at most this far: enough to see the threshold crossed, and whether this ballot is among the first past it. */
    private static int lookAt(int threshold) {
        return threshold + LOOK_BACK_WHILE;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * One group's signal: more than {@code threshold} in its window, this ballot included
     * ({@code earlier}: the group's ballots before it). The first ballots past the threshold set
     * the group's earlier ones aside too.
     */
    private void group(Set<FraudSignal> signals, FraudSignal signal, long earlier, int threshold, String column, String value, long campaignId,
            Instant since) {
        if (earlier + 1 > threshold) {
            signals.add(signal);
            if (earlier + 1 <= threshold + LOOK_BACK_WHILE) {
                setAside(signal, column, value, campaignId, since);
            }
        }
    }

    /** An instant as JDBC drivers bind it for a TIMESTAMP WITH TIME ZONE column (PostgreSQL's does not take an Instant). */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
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
