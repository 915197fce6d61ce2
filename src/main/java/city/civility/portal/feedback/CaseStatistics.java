package city.civility.portal.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.feedback.CaseFigures.Count;
import city.civility.portal.feedback.CaseFigures.Department;
import city.civility.portal.platform.MonthSpan;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.StaffRoles;

/**
 * Cases in figures, for the office: every count is made by the database (GROUP BY), never by
 * loading cases, over the cases received in the span; a department's record is over the cases
 * it holds now (reassigned ones count where they went).
 */
@Stateless
@RolesAllowed({StaffRoles.CASE_OFFICER, StaffRoles.ADMIN})
public class CaseStatistics {

    /** A timestamp's month in the office's time zone, read the same on H2 and PostgreSQL (the zone is the portal's constant). */
    private static final String BY_MONTH = "SELECT y, m, COUNT(*) FROM (SELECT"
            + " EXTRACT(YEAR FROM received_at AT TIME ZONE '" + PortalClock.ZONE.getId() + "') AS y,"
            + " EXTRACT(MONTH FROM received_at AT TIME ZONE '" + PortalClock.ZONE.getId() + "') AS m"
            + " FROM feedback_case WHERE received_at >= ?1 AND received_at < ?2) sent GROUP BY y, m";
    private static final String IN_SPAN = " c.receivedAt >= :start AND c.receivedAt < :end";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    public CaseFigures figures(MonthSpan span) {
        return new CaseFigures(span, byMonth(span), byKind(span), byCategory(span), departments(span));
    }

    /** Cases received in each month of the span, months without any included. */
    public List<Count<YearMonth>> byMonth(MonthSpan span) {
        Map<YearMonth, Long> counted = new HashMap<>();
        for (Object row : em.createNativeQuery(BY_MONTH).setParameter(1, utc(span.start())).setParameter(2, utc(span.end())).getResultList()) {
            Object[] cells = (Object[]) row;
            counted.put(YearMonth.of(((Number) cells[0]).intValue(), ((Number) cells[1]).intValue()), ((Number) cells[2]).longValue());
        }
        return span.months().stream().map(month -> new Count<>(month, counted.getOrDefault(month, 0L))).toList();
    }

    private List<Count<CaseKind>> byKind(MonthSpan span) {
        Map<CaseKind, Long> counted = new EnumMap<>(CaseKind.class);
        em.createQuery("SELECT c.kind, COUNT(c) FROM FeedbackCase c WHERE" + IN_SPAN + " GROUP BY c.kind", Object[].class)
                .setParameter("start", span.start()).setParameter("end", span.end())
                .getResultStream().forEach(row -> counted.put((CaseKind) row[0], ((Number) row[1]).longValue()));
        return Arrays.stream(CaseKind.values()).map(kind -> new Count<>(kind, counted.getOrDefault(kind, 0L))).toList();
    }

    /** Every category the office has, those without cases included, in the form's order. */
    private List<Count<FeedbackCategory>> byCategory(MonthSpan span) {
        Map<String, Long> counted = new HashMap<>();
        em.createQuery("SELECT c.category.code, COUNT(c) FROM FeedbackCase c WHERE" + IN_SPAN + " GROUP BY c.category.code", Object[].class)
                .setParameter("start", span.start()).setParameter("end", span.end())
                .getResultStream().forEach(row -> counted.put((String) row[0], ((Number) row[1]).longValue()));
        return em.createQuery("SELECT c FROM FeedbackCategory c ORDER BY c.position, c.code", FeedbackCategory.class).getResultStream()
                .map(category -> new Count<>(category, counted.getOrDefault(category.getCode(), 0L))).toList();
    }

    /**
     * Each department's record, by name. The time to answer is summed from the answered cases'
     * two instants (JPQL has no date arithmetic that H2 and PostgreSQL share), a row of two
     * columns per answered case of the span.
     */
    private List<Department> departments(MonthSpan span) {
        Instant now = clock.now();
        Map<String, long[]> counts = new TreeMap<>();
        em.createQuery("SELECT c.department, COUNT(c),"
                        + " SUM(CASE WHEN c.answeredAt IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN c.answeredAt IS NOT NULL AND c.answeredAt <= c.dueAt THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN c.answeredAt IS NULL AND c.state IN :waiting AND c.dueAt < :now THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN c.rating IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN c.rating IS NOT NULL THEN c.rating ELSE 0 END),"
                        + " SUM(CASE WHEN c.reopened > 0 THEN 1 ELSE 0 END)"
                        + " FROM FeedbackCase c WHERE" + IN_SPAN + " GROUP BY c.department", Object[].class)
                .setParameter("start", span.start()).setParameter("end", span.end()).setParameter("now", now)
                .setParameter("waiting", List.of(CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.IN_PROGRESS))
                .getResultStream().forEach(row -> counts.put((String) row[0], new long[] {number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                        number(row[5]), number(row[6]), number(row[7])}));
        Map<String, Double> hours = new HashMap<>();
        em.createQuery("SELECT c.department, c.receivedAt, c.answeredAt FROM FeedbackCase c WHERE" + IN_SPAN + " AND c.answeredAt IS NOT NULL",
                        Object[].class)
                .setParameter("start", span.start()).setParameter("end", span.end())
                .getResultStream().forEach(row -> hours.merge((String) row[0], Duration.between((Instant) row[1], (Instant) row[2]).toMinutes() / 60.0,
                        Double::sum));
        return counts.entrySet().stream().map(e -> new Department(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                hours.getOrDefault(e.getKey(), 0.0), e.getValue()[4], e.getValue()[5], e.getValue()[6])).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
