package city.civility.portal.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/** Whole months of the office's calendar, {@code first} to {@code last} inclusive: the period statistics cover. */
public record MonthSpan(YearMonth first, YearMonth last) {

    /** Five years: more would not be read month by month. */
    public static final int MAX_MONTHS = 60;

    public MonthSpan {
        if (first == null || last == null || last.isBefore(first) || first.until(last, ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw new RuleViolation("stats.period", String.valueOf(MAX_MONTHS));
        }
    }

    /** The {@code count} months up to and including the month of {@code now}. */
    public static MonthSpan lastMonths(int count, Instant now) {
        YearMonth current = YearMonth.from(LocalDate.ofInstant(now, PortalClock.ZONE));
        return new MonthSpan(current.minusMonths(count - 1L), current);
    }

    /** The first instant of the first month. */
    public Instant start() {
        return PortalClock.startOf(first.atDay(1));
    }

    /** The first instant after the last month. */
    public Instant end() {
        return PortalClock.startOf(last.plusMonths(1).atDay(1));
    }

    public List<YearMonth> months() {
        return Stream.iterate(first, month -> !month.isAfter(last), month -> month.plusMonths(1)).toList();
    }
}
