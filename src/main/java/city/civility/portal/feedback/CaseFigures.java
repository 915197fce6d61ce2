package city.civility.portal.feedback;

import java.time.YearMonth;
import java.util.List;

import city.civility.portal.platform.MonthSpan;

/**
 * Complaints and suggestions in figures over a span of months: cases received by month, kind
 * and category; and each department's record: how many it received and answered, how many on
 * time, how many are overdue now, how long it took, how satisfied residents were, and how
 * often they reopened a case.
 */
public record CaseFigures(MonthSpan span, List<Count<YearMonth>> byMonth, List<Count<CaseKind>> byKind, List<Count<FeedbackCategory>> byCategory,
        List<Department> departments) {

    /** How many cases had this month, kind or category. */
    public record Count<K>(K key, long count) {
    }

    /** One department's record for the cases it received in the span. */
    public record Department(String name, long received, long answered, long onTime, long overdueNow, double answerHours, long rated,
            long ratingSum, long reopened) {

        /** Answered by the deadline, of those answered (0 to 1); null when none was. */
        public Double onTimeRate() {
            return answered == 0 ? null : (double) onTime / answered;
        }

        /** The mean time from receipt to answer, in days; null when none was answered. */
        public Double meanDaysToAnswer() {
            return answered == 0 ? null : answerHours / answered / 24;
        }

        /** The mean rating (1 to 5); null when nobody rated. */
        public Double satisfaction() {
            return rated == 0 ? null : (double) ratingSum / rated;
        }

        /** Reopened at least once, of those answered (0 to 1); null when none was answered. */
        public Double reopenRate() {
            return answered == 0 ? null : (double) reopened / answered;
        }
    }

    public long received() {
        return byMonth.stream().mapToLong(Count::count).sum();
    }

    /** All departments together, as one record. */
    public Department total() {
        return new Department(null, departments.stream().mapToLong(Department::received).sum(), departments.stream().mapToLong(Department::answered).sum(),
                departments.stream().mapToLong(Department::onTime).sum(), departments.stream().mapToLong(Department::overdueNow).sum(),
                departments.stream().mapToDouble(Department::answerHours).sum(), departments.stream().mapToLong(Department::rated).sum(),
                departments.stream().mapToLong(Department::ratingSum).sum(), departments.stream().mapToLong(Department::reopened).sum());
    }
}
