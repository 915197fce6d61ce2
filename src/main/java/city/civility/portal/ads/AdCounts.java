package city.civility.portal.ads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.platform.Database;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.publicsite.PublicContentVersion;

/**
 * Impressions and clicks of the ads on air, by ad, placement and day. Every page view of a banner
 * and every turn of a screen sends one (thousands a second on a busy day): each is added up here
 * in memory and the sums are written once a second, one row per ad, placement and day, added to
 * what the row holds (so several instances count into the same rows). Nothing about the visitor
 * is kept. Only an ad on air on that placement today is counted.
 */
@ApplicationScoped
public class AdCounts {

    private static final Logger LOG = Logger.getLogger(AdCounts.class.getName());

    /** What a beacon says happened. */
    public enum Seen {
        IMPRESSION, CLICK
    }

    private record Key(long ad, String placement, LocalDate day) {
    }

    private record Sums(LongAdder impressions, LongAdder clicks) {
        Sums() {
            this(new LongAdder(), new LongAdder());
        }
    }

    /** What the ads on air were when last read, and at which public version. */
    private record OnAirIds(Instant version, Map<String, Set<Long>> byPlacement) {
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource database;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PortalClock clock;

    @Inject
    PublicContentVersion version;

    @Inject
    AdService ads;

    private final ConcurrentHashMap<Key, Sums> pending = new ConcurrentHashMap<>();
    private volatile OnAirIds onAir;
    /** Whether a beacon is reading the ads on air for the others right now. */
    private final AtomicBoolean reading = new AtomicBoolean();
    private ScheduledFuture<?> writing;

    @PostConstruct
    void start() {
        writing = executor.scheduleWithFixedDelay(this::writeQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /** The last sums are written before the instance stops. */
    @PreDestroy
    void stop() {
        writing.cancel(false);
        writeQuietly();
    }

    /** Counts one impression or click of an ad on a placement; false (and nothing counted) when it is not on air there today. */
    public boolean count(long ad, String placement, Seen seen) {
        Set<Long> airing = onAir().get(placement);
        if (airing == null || !airing.contains(ad)) {
            return false;
        }
        Sums sums = pending.computeIfAbsent(new Key(ad, placement, LocalDate.ofInstant(clock.now(), PortalClock.ZONE)), k -> new Sums());
        (seen == Seen.IMPRESSION ? sums.impressions() : sums.clicks()).increment();
        return true;
    }

    /**
     * The ads on air by placement, read again whenever the public version has moved (a schedule, a
     * withdrawal, a new day, but also any article published): by one beacon, while the others
     * go on with what was on air a moment ago.
     */
    private Map<String, Set<Long>> onAir() {
        Instant current = version.current();
        OnAirIds known = onAir;
        if (known == null || !known.version().equals(current) && reading.compareAndSet(false, true)) {
            try {
                known = new OnAirIds(current, ads.onAir().stream().collect(Collectors.toMap(OnAir::placement,
                        o -> o.ads().stream().map(OnAir.Item::id).collect(Collectors.toSet()))));
                onAir = known;
            } finally {
                reading.set(false);
            }
        }
        return known.byPlacement();
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=ad-counts-not-written cause={0}", e.toString());
        }
    }

    /**
     * Writes the sums counted since the last write in one transaction; when the database will not
     * take them, they go back to be written with the next (nothing counted is lost while the
     * instance runs; a commit whose answer is lost after the database made it would count its
     * sums twice, once in a great while, rather than lose them).
     */
    synchronized void write() {
        List<Map.Entry<Key, long[]>> taken = new ArrayList<>();
        LocalDate dayBeforeYesterday = LocalDate.ofInstant(clock.now(), PortalClock.ZONE).minusDays(2);
        for (Map.Entry<Key, Sums> entry : pending.entrySet()) {
            long impressions = entry.getValue().impressions().sumThenReset();
            long clicks = entry.getValue().clicks().sumThenReset();
            if (impressions + clicks > 0) {
                taken.add(Map.entry(entry.getKey(), new long[] {impressions, clicks}));
            } else if (!entry.getKey().day().isAfter(dayBeforeYesterday)) {
                pending.remove(entry.getKey(), entry.getValue()); // a day long past: nothing counts into it any more
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        // The same order on every instance, so that two writing at once never wait for each other's rows in turn.
        taken.sort(Comparator.comparing((Map.Entry<Key, long[]> e) -> e.getKey().ad()).thenComparing(e -> e.getKey().placement())
                .thenComparing(e -> e.getKey().day()));
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement add = c.prepareStatement(addToRow(c))) {
                for (Map.Entry<Key, long[]> entry : taken) {
                    add.setLong(1, entry.getKey().ad());
                    add.setString(2, entry.getKey().placement());
                    add.setObject(3, entry.getKey().day());
                    add.setLong(4, entry.getValue()[0]);
                    add.setLong(5, entry.getValue()[1]);
                    add.addBatch();
                }
                add.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            for (Map.Entry<Key, long[]> entry : taken) { // back into the sums, for the next write
                Sums sums = pending.computeIfAbsent(entry.getKey(), k -> new Sums());
                sums.impressions().add(entry.getValue()[0]);
                sums.clicks().add(entry.getValue()[1]);
            }
            throw new IllegalStateException(e);
        }
    }

    /** Adds to the day's row, or makes it: PostgreSQL's ON CONFLICT, H2's MERGE. */
    private static String addToRow(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
                ? "INSERT INTO ad_count (ad_id, placement_code, counted_on, impressions, clicks) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (ad_id, placement_code, counted_on) DO UPDATE SET impressions = ad_count.impressions + EXCLUDED.impressions,"
                        + " clicks = ad_count.clicks + EXCLUDED.clicks"
                : "MERGE INTO ad_count c USING (SELECT CAST(? AS BIGINT) AS ad_id, CAST(? AS VARCHAR(30)) AS placement_code,"
                        + " CAST(? AS DATE) AS counted_on, CAST(? AS BIGINT) AS impressions, CAST(? AS BIGINT) AS clicks) v"
                        + " ON c.ad_id = v.ad_id AND c.placement_code = v.placement_code AND c.counted_on = v.counted_on"
                        + " WHEN MATCHED THEN UPDATE SET impressions = c.impressions + v.impressions, clicks = c.clicks + v.clicks"
                        + " WHEN NOT MATCHED THEN INSERT (ad_id, placement_code, counted_on, impressions, clicks)"
                        + " VALUES (v.ad_id, v.placement_code, v.counted_on, v.impressions, v.clicks)";
    }
}
