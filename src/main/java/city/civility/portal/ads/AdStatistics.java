package city.civility.portal.ads;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.StaffRoles;

/** The ads' figures for the news desk ({@link AdFigures}): read from the day rows {@link AdCounts} writes, summed by the database. */
@Stateless
@RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
public class AdStatistics {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /** The last {@code count} days, today included. */
    public AdFigures.Days lastDays(int count) {
        return AdFigures.Days.upTo(clock.now().atZone(PortalClock.ZONE).toLocalDate(), count);
    }

    /** The figures of {@code days}, for every ad or the one {@code adId} names (null: all). */
    public AdFigures figures(AdFigures.Days days, Long adId, Locale language) {
        String ad = adId == null ? "" : " AND c.ad_id = ?3";
        Map<LocalDate, long[]> perDay = new HashMap<>();
        for (Object[] r : rows("SELECT c.counted_on, SUM(c.impressions), SUM(c.clicks) FROM ad_count c WHERE c.counted_on BETWEEN ?1 AND ?2" + ad
                + " GROUP BY c.counted_on", days, adId)) {
            perDay.put(day(r[0]), new long[] {number(r[1]), number(r[2])});
        }
        List<AdFigures.Day> byDay = days.all().stream().map(d -> {
            long[] n = perDay.getOrDefault(d, new long[2]);
            return new AdFigures.Day(d, n[0], n[1]);
        }).toList();

        Map<String, long[]> perPlacement = new HashMap<>();
        for (Object[] r : rows("SELECT c.placement_code, SUM(c.impressions), SUM(c.clicks) FROM ad_count c WHERE c.counted_on BETWEEN ?1 AND ?2" + ad
                + " GROUP BY c.placement_code", days, adId)) {
            perPlacement.put((String) r[0], new long[] {number(r[1]), number(r[2])});
        }
        List<AdFigures.Placement> byPlacement = em.createQuery("SELECT p FROM AdPlacement p ORDER BY p.position, p.code", AdPlacement.class)
                .getResultList().stream().map(p -> {
                    long[] n = perPlacement.getOrDefault(p.getCode(), new long[2]);
                    return new AdFigures.Placement(p.getCode(), p.name(language), n[0], n[1]);
                }).toList();

        // Every ad seen in the period or ever downloaded, most seen first.
        String oneAd = adId == null ? "" : " WHERE a.id = ?3";
        List<AdFigures.PerAd> byAd = rows("SELECT a.id, a.title, COALESCE(s.impressions, 0), COALESCE(s.clicks, 0), COALESCE(f.downloads, 0) FROM ad a"
                + " LEFT JOIN (SELECT c.ad_id, SUM(c.impressions) AS impressions, SUM(c.clicks) AS clicks FROM ad_count c"
                + " WHERE c.counted_on BETWEEN ?1 AND ?2 GROUP BY c.ad_id) s ON s.ad_id = a.id"
                + " LEFT JOIN (SELECT ad_id, SUM(downloads) AS downloads FROM ad_file GROUP BY ad_id) f ON f.ad_id = a.id" + oneAd, days, adId)
                .stream().map(r -> new AdFigures.PerAd(number(r[0]), (String) r[1], number(r[2]), number(r[3]), number(r[4])))
                .filter(a -> adId != null || a.impressions() > 0 || a.downloads() > 0)
                .sorted(Comparator.comparingLong(AdFigures.PerAd::impressions).reversed()
                        .thenComparing(Comparator.comparingLong(AdFigures.PerAd::downloads).reversed())
                        .thenComparingLong(AdFigures.PerAd::id))
                .toList();
        return new AdFigures(days, adId, byDay, byPlacement, byAd);
    }

    @SuppressWarnings("unchecked") // a native query's rows
    private List<Object[]> rows(String sql, AdFigures.Days days, Long adId) {
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(days.first())).setParameter(2, Date.valueOf(days.last()));
        if (adId != null) {
            query.setParameter(3, adId);
        }
        return query.getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
