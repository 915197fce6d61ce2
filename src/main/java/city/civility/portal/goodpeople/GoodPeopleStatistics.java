package city.civility.portal.goodpeople;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.goodpeople.GoodPeopleFigures.Count;
import city.civility.portal.goodpeople.GoodPeopleFigures.RoundLikes;
import city.civility.portal.platform.MonthSpan;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.moderation.ModerationStatus;

/**
 * 身边好人 in figures, for the office. Every figure is counted by the database (GROUP BY),
 * never by loading nominations: nominations by the month they were sent (in the office's
 * calendar), by category and by district; the decisions taken in the span, by their date;
 * and the likes of each round's candidates.
 */
@Stateless
@RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
public class GoodPeopleStatistics {

    /** Districts named one by one; the others are counted together. */
    public static final int TOP_DISTRICTS = 8;

    /**
     * A timestamp's month in the office's time zone. JPQL has no time zones; this SQL reads
     * the same on H2 and PostgreSQL (the zone is the portal's constant, not anyone's input).
     */
    private static final String BY_MONTH = "SELECT y, m, COUNT(*) FROM (SELECT"
            + " EXTRACT(YEAR FROM submitted_at AT TIME ZONE '" + PortalClock.ZONE.getId() + "') AS y,"
            + " EXTRACT(MONTH FROM submitted_at AT TIME ZONE '" + PortalClock.ZONE.getId() + "') AS m"
            + " FROM good_person WHERE submitted_at >= ?1 AND submitted_at < ?2) sent GROUP BY y, m";

    @PersistenceContext
    EntityManager em;

    public GoodPeopleFigures figures(MonthSpan span) {
        List<Count<YearMonth>> byMonth = nominationsByMonth(span);
        List<Count<String>> topDistricts = topDistricts(span);
        long others = byMonth.stream().mapToLong(Count::count).sum() - topDistricts.stream().mapToLong(Count::count).sum();
        Map<ModerationStatus, Long> decisions = decisions(span);
        return new GoodPeopleFigures(span, byMonth, byCategory(span), topDistricts, others,
                decisions.getOrDefault(ModerationStatus.APPROVED, 0L), decisions.getOrDefault(ModerationStatus.REJECTED, 0L), likesByRound(span));
    }

    /** Nominations sent in each month of the span, months without any included. */
    public List<Count<YearMonth>> nominationsByMonth(MonthSpan span) {
        Map<YearMonth, Long> counted = new HashMap<>();
        List<?> rows = em.createNativeQuery(BY_MONTH)
                .setParameter(1, utc(span.start())).setParameter(2, utc(span.end())).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            counted.put(YearMonth.of(((Number) cells[0]).intValue(), ((Number) cells[1]).intValue()), ((Number) cells[2]).longValue());
        }
        return span.months().stream().map(month -> new Count<>(month, counted.getOrDefault(month, 0L))).toList();
    }

    /** Every category, those without nominations included, in the order the forms list them. */
    private List<Count<Category>> byCategory(MonthSpan span) {
        Map<Category, Long> counted = new EnumMap<>(Category.class);
        em.createQuery("SELECT g.category, COUNT(g) FROM GoodPerson g WHERE g.submittedAt >= :start AND g.submittedAt < :end"
                        + " GROUP BY g.category", Object[].class)
                .setParameter("start", span.start()).setParameter("end", span.end())
                .getResultStream().forEach(row -> counted.put((Category) row[0], ((Number) row[1]).longValue()));
        return Arrays.stream(Category.values()).map(category -> new Count<>(category, counted.getOrDefault(category, 0L))).toList();
    }

    /** The districts most nominations came from, the most first. */
    private List<Count<String>> topDistricts(MonthSpan span) {
        return em.createQuery("SELECT g.district, COUNT(g) AS n FROM GoodPerson g WHERE g.submittedAt >= :start AND g.submittedAt < :end"
                        + " GROUP BY g.district ORDER BY n DESC, g.district", Object[].class)
                .setParameter("start", span.start()).setParameter("end", span.end()).setMaxResults(TOP_DISTRICTS)
                .getResultStream().map(row -> new Count<>((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /**
     * The decisions taken in the span, by the day they were taken. Approved is APPROVED
     * whatever followed (on the 好人榜, hidden: those are flags, not statuses).
     */
    private Map<ModerationStatus, Long> decisions(MonthSpan span) {
        Map<ModerationStatus, Long> counted = new EnumMap<>(ModerationStatus.class);
        em.createQuery("SELECT g.moderation.status, COUNT(g) FROM GoodPerson g WHERE g.moderation.decidedAt >= :start AND g.moderation.decidedAt < :end"
                        + " AND g.moderation.status IN :decided GROUP BY g.moderation.status", Object[].class)
                .setParameter("start", span.start()).setParameter("end", span.end())
                .setParameter("decided", List.of(ModerationStatus.APPROVED, ModerationStatus.REJECTED))
                .getResultStream().forEach(row -> counted.put((ModerationStatus) row[0], ((Number) row[1]).longValue()));
        return counted;
    }

    /** Each round of the span (hidden candidates too: their likes were given), rounds without candidates included. */
    private List<RoundLikes> likesByRound(MonthSpan span) {
        Map<String, RoundLikes> counted = new HashMap<>();
        em.createQuery("SELECT g.roundMonth, COUNT(g), SUM(g.likes) FROM GoodPerson g WHERE g.roundMonth IN :rounds"
                        + " GROUP BY g.roundMonth", Object[].class)
                .setParameter("rounds", span.months().stream().map(YearMonth::toString).toList())
                .getResultStream().forEach(row -> counted.put((String) row[0],
                        new RoundLikes(YearMonth.parse((String) row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        return span.months().stream().map(month -> counted.getOrDefault(month.toString(), new RoundLikes(month, 0, 0))).toList();
    }

    /** Native queries take times as the JDBC drivers bind them (see InstantConverter). */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
