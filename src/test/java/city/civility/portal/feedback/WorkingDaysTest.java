package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /**
     * The test's own calendar for autumn 2026: National Day 10-01 to 10-07 (Thursday to Wednesday)
     * off, with Sunday 09-27 and Saturday 10-10 as make-up working days (调休).
     */
    private static final WorkingDays CALENDAR = new WorkingDays(
            LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).collect(Collectors.toSet()),
            Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)));

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void weekendsAndHolidaysAreOffButMakeUpDaysAreWorked() {
        assertTrue(CALENDAR.isWorkingDay(day("2026-09-30")), "an ordinary Wednesday");
        assertFalse(CALENDAR.isWorkingDay(day("2026-10-01")), "National Day, a Thursday");
        assertFalse(CALENDAR.isWorkingDay(day("2026-10-05")), "a holiday Monday");
        assertTrue(CALENDAR.isWorkingDay(day("2026-09-27")), "a make-up Sunday");
        assertTrue(CALENDAR.isWorkingDay(day("2026-10-10")), "a make-up Saturday");
        assertFalse(CALENDAR.isWorkingDay(day("2026-10-11")), "an ordinary Sunday");
        assertFalse(CALENDAR.isWorkingDay(day("2026-10-17")), "an ordinary Saturday");
    }

    @Test
    void aDeadlineSkipsTheWeekend() {
        assertEquals(day("2026-11-04"), CALENDAR.addWorkingDays(day("2026-10-30"), 3), "Friday plus 3 is Wednesday");
        assertEquals(day("2026-11-02"), CALENDAR.addWorkingDays(day("2026-10-31"), 1), "received on Saturday, due Monday");
        assertEquals(day("2026-11-03"), CALENDAR.addWorkingDays(day("2026-11-02"), 1), "the day received is not counted");
    }

    @Test
    void aDeadlineSkipsNationalDayAndCountsTheMakeUpDays() {
        assertEquals(day("2026-09-27"), CALENDAR.addWorkingDays(day("2026-09-25"), 1), "Friday plus 1 is the make-up Sunday");
        assertEquals(day("2026-10-08"), CALENDAR.addWorkingDays(day("2026-09-30"), 1), "over the whole holiday week");
        assertEquals(day("2026-10-10"), CALENDAR.addWorkingDays(day("2026-09-30"), 3), "due on the make-up Saturday");
        assertEquals(day("2026-10-13"), CALENDAR.addWorkingDays(day("2026-09-30"), 5), "then the ordinary Sunday is off");
    }

    @Test
    void somethingIsDueByTheEndOfItsDueDayInShanghai() {
        assertEquals(Instant.parse("2026-10-10T16:00:00Z"), CALENDAR.dueAt(Instant.parse("2026-09-30T02:00:00Z"), 3),
                "received Wednesday morning, due by midnight after the make-up Saturday");
        assertEquals(Instant.parse("2026-11-04T16:00:00Z"), CALENDAR.dueAt(Instant.parse("2026-10-29T17:00:00Z"), 3),
                "01:00 on Friday in Shanghai is still Thursday in UTC; the Shanghai day counts");
        assertEquals(Instant.parse("2026-11-03T16:00:00Z"), CALENDAR.dueAt(Instant.parse("2026-10-29T15:59:59Z"), 3),
                "one second before midnight in Shanghai is still Thursday");
    }

    @Test
    void theReminderComesAWorkingDayBeforeTheDeadline() {
        assertEquals(day("2026-10-30"), CALENDAR.workingDaysBefore(day("2026-11-02"), 1), "Friday before a Monday deadline");
        assertEquals(day("2026-09-30"), CALENDAR.workingDaysBefore(day("2026-10-08"), 1), "the day before National Day");
        assertEquals(day("2026-10-10"), CALENDAR.workingDaysBefore(day("2026-10-12"), 1), "the make-up Saturday");
        assertEquals(day("2026-09-27"), CALENDAR.workingDaysBefore(day("2026-10-09"), 5), "the make-up Sunday");
    }

    @Test
    void theTimeToAnswerIsCountedInWorkingDays() {
        assertEquals(1, CALENDAR.workingDaysBetween(day("2026-09-30"), day("2026-10-08")), "the holiday week counts nothing");
        assertEquals(6, CALENDAR.workingDaysBetween(day("2026-09-25"), day("2026-10-09")), "make-up Sunday included");
        assertEquals(3, CALENDAR.workingDaysBetween(day("2026-10-30"), day("2026-11-04")));
        assertEquals(0, CALENDAR.workingDaysBetween(day("2026-10-30"), day("2026-11-01")), "answered over the weekend");
        assertEquals(0, CALENDAR.workingDaysBetween(day("2026-11-04"), day("2026-11-04")));
        assertEquals(0, CALENDAR.workingDaysBetween(day("2026-11-04"), day("2026-10-30")));
    }

    @Test
    void aCountOfLessThanOneWorkingDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkingDays(day("2026-10-30"), 0));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.workingDaysBefore(day("2026-10-30"), -1));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.dueAt(Instant.parse("2026-10-30T02:00:00Z"), 0));
    }

    @Test
    void aYearWithoutAWorkingDayIsACalendarMistake() {
        LocalDate tuesday = day("2027-01-05");
        WorkingDays yearOff = new WorkingDays(tuesday.datesUntil(tuesday.plusDays(365)).collect(Collectors.toSet()), Set.of());
        assertEquals(day("2028-01-05"), yearOff.addWorkingDays(day("2027-01-04"), 1), "365 days off in a row still end");
        assertEquals(day("2027-01-04"), yearOff.workingDaysBefore(day("2028-01-05"), 1));

        WorkingDays neverWorks = new WorkingDays(tuesday.datesUntil(tuesday.plusDays(366)).collect(Collectors.toSet()), Set.of());
        IllegalStateException after = assertThrows(IllegalStateException.class,
                () -> neverWorks.addWorkingDays(day("2027-01-04"), 1));
        assertEquals("The holiday calendar has no working day in the 366 days after 2027-01-04; check its holidays",
                after.getMessage());
        assertThrows(IllegalStateException.class, () -> neverWorks.workingDaysBefore(day("2028-01-06"), 1));
    }

    @Test
    void theCalendarIsItsOwnCopyAndRefusesADayThatIsBoth() {
        Set<LocalDate> holidays = new HashSet<>(Set.of(day("2026-11-04")));
        WorkingDays calendar = new WorkingDays(holidays, Set.of());
        holidays.clear();
        assertFalse(calendar.isWorkingDay(day("2026-11-04")), "changing the set given does not change the calendar");

        assertThrows(IllegalArgumentException.class,
                () -> new WorkingDays(Set.of(day("2026-10-10")), Set.of(day("2026-10-10"))));
    }
}
