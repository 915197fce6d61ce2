package city.civility.portal.feedback;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import city.civility.portal.platform.PortalClock;

/**
 * The office's working days, by a holiday calendar of China's kind. Saturdays and Sundays are
 * days off, except the make-up working days (调休) the State Council declares on a weekend.
 * Public holidays are days off even on a weekday. Complaints and suggestions are due a number
 * of working days after they arrive, so their deadlines are counted here.
 */
public final class WorkingDays {

    /** A calendar with no working day in this many days in a row is wrong, not a long holiday. */
    private static final int MAX_DAYS_OFF = 366;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    /**
     * The calendar of the given public holidays and make-up working days. A day may not be both:
     * that is a mistake in the calendar, so it is refused.
     */
    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        for (LocalDate day : this.makeUpWorkdays) {
            if (this.holidays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a make-up working day");
            }
        }
    }

    /** Whether the office works on the day. */
    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code days}-th working day after {@code start}; the start itself is not counted.
     * Something received on Friday 2026-10-30 is due 3 working days later on Wednesday 2026-11-04.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return countWorkingDays(start, days, 1);
    }

    /**
     * The deadline of something received at {@code received}: the end of the {@code days}-th
     * working day after the day it arrived, in the office's time zone. It is due by the end of
     * that day, so the instant returned is the start of the next day.
     */
    public Instant dueAt(Instant received, int days) {
        LocalDate receivedDay = received.atZone(PortalClock.ZONE).toLocalDate();
        return PortalClock.endOf(addWorkingDays(receivedDay, days));
    }

    /**
     * The working day {@code days} working days before {@code due}, to remind the office in time:
     * one working day before a Monday deadline is the Friday before it.
     */
    public LocalDate workingDaysBefore(LocalDate due, int days) {
        return countWorkingDays(due, days, -1);
    }

    /**
     * How many working days there are after {@code from} up to and including {@code to}: the
     * time taken to answer, in working days. 0 when {@code to} is not after {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Steps a day at a time in {@code direction} (1 or -1) until {@code days} working days are passed. */
    private LocalDate countWorkingDays(LocalDate start, int days, int direction) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        LocalDate day = start;
        int left = days;
        int daysOffInARow = 0;
        while (left > 0) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                left--;
                daysOffInARow = 0;
            } else if (++daysOffInARow >= MAX_DAYS_OFF) {
                throw new IllegalStateException("The holiday calendar has no working day in the " + MAX_DAYS_OFF + " days "
                        + (direction > 0 ? "after " : "before ") + day.minusDays((long) direction * MAX_DAYS_OFF)
                        + "; check its holidays");
            }
        }
        return day;
    }
}
