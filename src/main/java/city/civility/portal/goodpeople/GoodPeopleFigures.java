package city.civility.portal.goodpeople;

import java.time.YearMonth;
import java.util.List;

import city.civility.portal.platform.MonthSpan;

/**
 * 身边好人 in figures over a span of months: nominations by the month they were sent, by
 * category and by district (the busiest ones, the rest as {@code otherDistricts}); the
 * decisions taken in the span; and each round's candidates and likes.
 */
public record GoodPeopleFigures(MonthSpan span, List<Count<YearMonth>> byMonth, List<Count<Category>> byCategory,
        List<Count<String>> topDistricts, long otherDistricts, long approved, long rejected, List<RoundLikes> likesByRound) {

    /** How many nominations had this month, category or district. */
    public record Count<K>(K key, long count) {
    }

    /** A round's candidates and the likes residents gave them. */
    public record RoundLikes(YearMonth round, long candidates, long likes) {
    }

    public long nominations() {
        return byMonth.stream().mapToLong(Count::count).sum();
    }

    public long decided() {
        return approved + rejected;
    }

    /** Approved of decided (0 to 1), or null when nothing was decided. */
    public Double approvalRate() {
        return decided() == 0 ? null : (double) approved / decided();
    }
}
