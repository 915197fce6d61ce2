package city.civility.portal.goodpeople;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.PortalClock;

/**
 * The calendar of the monthly rounds (as 中国好人榜 runs them): residents like a month's
 * candidates from day {@code portal.goodpeople.likes-from} (6) to day
 * {@code portal.goodpeople.likes-until} (25) of the month, then the office publishes the
 * month's 好人榜. A nominee approved after the window closed is a candidate of the next month.
 */
@ApplicationScoped
public class Rounds {

    @Inject
    @ConfigProperty(name = "portal.goodpeople.likes-from", defaultValue = "6")
    int likesFrom;

    @Inject
    @ConfigProperty(name = "portal.goodpeople.likes-until", defaultValue = "25")
    int likesUntil;

    /** The round a nominee approved at {@code at} belongs to. */
    public YearMonth roundFor(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, PortalClock.ZONE);
        YearMonth month = YearMonth.from(day);
        return day.getDayOfMonth() <= likesUntil ? month : month.plusMonths(1);
    }

    /** The round residents see now: this month's until its window closes, then the next. */
    public YearMonth current(Instant now) {
        return roundFor(now);
    }

    public boolean isOpenForLikes(YearMonth round, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, PortalClock.ZONE);
        return YearMonth.from(day).equals(round) && day.getDayOfMonth() >= likesFrom && day.getDayOfMonth() <= likesUntil;
    }

    /** Whether the round's likes are over, so its 好人榜 may be published. */
    public boolean isOver(YearMonth round, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, PortalClock.ZONE);
        return YearMonth.from(day).isAfter(round) || (YearMonth.from(day).equals(round) && day.getDayOfMonth() > likesUntil);
    }

    public int getLikesFrom() {
        return likesFrom;
    }

    public int getLikesUntil() {
        return likesUntil;
    }
}
