package city.civility.portal.ads;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import city.civility.portal.platform.RuleViolation;

/**
 * How often the ads were seen, followed and downloaded: per day of a period, per placement and
 * per ad, for all ads or one. Downloads are counted per file since it was uploaded, not per day.
 */
public record AdFigures(Days days, Long adId, List<Day> byDay, List<Placement> byPlacement, List<PerAd> byAd) {

    /** The days the figures cover, {@code first} to {@code last} inclusive, at most a year and a day. */
    public record Days(LocalDate first, LocalDate last) {

        public static final int MAX_DAYS = 366;

        public Days {
            if (first == null || last == null || last.isBefore(first) || first.until(last, ChronoUnit.DAYS) >= MAX_DAYS) {
                throw new RuleViolation("ads.stats.period", String.valueOf(MAX_DAYS));
            }
        }

        /** The {@code count} days up to and including {@code today}. */
        public static Days upTo(LocalDate today, int count) {
            return new Days(today.minusDays(count - 1L), today);
        }

        public List<LocalDate> all() {
            return Stream.iterate(first, d -> !d.isAfter(last), d -> d.plusDays(1)).toList();
        }
    }

    /** Every day of the period, those without a count as zeros. */
    public record Day(LocalDate day, long impressions, long clicks) {
    }

    public record Placement(String code, String name, long impressions, long clicks) {

        public Double clickRate() {
            return rate(clicks, impressions);
        }
    }

    /** An ad seen or downloaded: its counts in the period, and its files' downloads so far. */
    public record PerAd(long id, String title, long impressions, long clicks, long downloads) {

        public Double clickRate() {
            return rate(clicks, impressions);
        }
    }

    public long impressions() {
        return byDay.stream().mapToLong(Day::impressions).sum();
    }

    public long clicks() {
        return byDay.stream().mapToLong(Day::clicks).sum();
    }

    public long downloads() {
        return byAd.stream().mapToLong(PerAd::downloads).sum();
    }

    public Double clickRate() {
        return rate(clicks(), impressions());
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
