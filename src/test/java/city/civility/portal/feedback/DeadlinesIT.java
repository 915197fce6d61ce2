package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import city.civility.portal.testing.FeedbackFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.Visitor;

/**
 * Deadlines count working days of the office's calendar, and nothing passes unnoticed: with the
 * portal's clock moved across a holiday and a 调休 weekend day, a case's due day, its reminder
 * to the officer and the administrators' overdue notice each come on the right day.
 */
class DeadlinesIT {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private final PortalServer portal = PortalServer.get();
    private LocalDate holiday;
    private LocalDate workedSaturday;

    @AfterEach
    void forgetTheCalendar() throws SQLException {
        try (Connection c = portal.database();
             PreparedStatement s = c.prepareStatement("DELETE FROM feedback_calendar_day WHERE calendar_date IN (?, ?)")) {
            s.setObject(1, holiday);
            s.setObject(2, workedSaturday);
            s.executeUpdate();
        }
    }

    @Test
    void theDueDayTheReminderAndTheOverdueNoticeFollowTheCalendar() throws Exception {
        // Thursday 10:00; Friday is a holiday and Saturday a working day in its place.
        LocalDate thursday = portal.now().atZone(CITY).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        moveClockTo(thursday.atTime(10, 0));
        holiday = thursday.plusDays(1);
        workedSaturday = thursday.plusDays(2);
        mark(holiday, "HOLIDAY", "测试假日");
        mark(workedSaturday, "WORKDAY", "测试调休");

        String officer = StaffAccounts.create("deadline-officer", "CASE_OFFICER");
        String officersMail = officer + "@jiangchuan.example";
        String administratorsMail = "admin-" + officer + "@jiangchuan.example";
        giveEmail(officer, officersMail);
        giveEmail(StaffAccounts.create("deadline-admin", "ADMIN"), administratorsMail);

        // 环境卫生 has three working days: Saturday, Monday, Tuesday.
        FeedbackFixtures.Sent sent = FeedbackFixtures.complaint("SANITATION", "幸福路菜市场门口的垃圾桶满了没人清运，已经堆到马路上，气味很大。",
                "幸福路菜市场", "deadline-" + System.nanoTime() + "@example.com");
        FeedbackFixtures.accept(sent.number(), officer);
        LocalDate tuesday = thursday.plusDays(5);
        assertTrue(new Visitor().get(sent.link()).body().contains(">" + tuesday + "<"), "due on Tuesday");

        // On the holiday and the worked Saturday the deadline is still two working days away: no reminder.
        awaitDeadlineWatch(moveClockTo(holiday.atTime(10, 0)));
        awaitDeadlineWatch(moveClockTo(workedSaturday.atTime(10, 0)));
        assertEquals(0, about(officersMail, sent.number()), "no reminder before Monday");

        // Monday, one working day before: the officer who accepted it is reminded, once.
        Instant monday = moveClockTo(thursday.plusDays(4).atTime(9, 0));
        awaitDeadlineWatch(monday); // its run commits the case's events with its turn
        String reminder = TestMailbox.messagesTo(officersMail).stream().map(TestMailbox::text).filter(m -> m.contains(sent.number())).findFirst()
                .orElseThrow(() -> new AssertionError("no reminder of " + sent.number()));
        assertTrue(reminder.contains(tuesday.toString()) && reminder.contains("/admin/case.xhtml?id="), reminder);
        assertEquals(1, events(sent.number(), "REMINDED"));
        assertEquals(0, about(administratorsMail, sent.number()), "not overdue yet");

        // Wednesday, just past midnight: the administrators are told it is overdue, once.
        awaitDeadlineWatch(moveClockTo(thursday.plusDays(6).atTime(0, 1)));
        assertEquals(1, about(administratorsMail, sent.number()), "one overdue notice");
        assertTrue(TestMailbox.messagesTo(administratorsMail).stream().map(TestMailbox::text).anyMatch(m -> m.contains(sent.number()) && m.contains("超期")));
        assertEquals(1, events(sent.number(), "ESCALATED"));
        assertEquals(1, about(officersMail, sent.number()), "one reminder only");

        // The dashboard's link to the overdue cases: the inbox filtered by its address shows the department's
        // overdue cases, those due first (other tests' cases too: the first page is compared with the database).
        Visitor inbox = new Visitor();
        inbox.signIn(officer, StaffAccounts.PASSWORD);
        String department = URLEncoder.encode("市城市管理局", StandardCharsets.UTF_8);
        List<Long> overdue = shownCases(inbox.get("/admin/cases.xhtml?overdue=true&department=" + department).body());
        assertEquals(overdueInTheDatabase("市城市管理局"), overdue);
        assertTrue(overdue.size() == 20 || overdue.contains(FeedbackFixtures.id(sent.number())), "among the overdue: " + overdue);
        assertFalse(shownCases(inbox.get("/admin/cases.xhtml?dueSoon=true&department=" + department).body())
                .contains(FeedbackFixtures.id(sent.number())), "not due soon: overdue");
    }

    /** The cases a page of the inbox lists, in its order, by id. */
    private static List<Long> shownCases(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher number = Pattern.compile(">TS-[0-9]{4}-([0-9]+)<").matcher(page);
        while (number.find()) {
            ids.add(Long.parseLong(number.group(1)));
        }
        return ids;
    }

    /** The first page (20) of the department's cases awaiting an answer past their deadline, due first. */
    private List<Long> overdueInTheDatabase(String department) throws SQLException {
        try (Connection c = portal.database();
             PreparedStatement s = c.prepareStatement("SELECT id FROM feedback_case WHERE department = ? AND due_at < ?"
                     + " AND state IN ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS') ORDER BY due_at, id")) {
            s.setString(1, department);
            s.setObject(2, portal.now().atOffset(ZoneOffset.UTC));
            s.setMaxRows(20);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }

    /**
     * The messages to this address about this case. The officers also hear of other tests' cases:
     * while nobody with an address accepted a case, its reminder goes to every case officer.
     */
    private static long about(String address, String number) {
        return TestMailbox.messagesTo(address).stream().filter(m -> TestMailbox.text(m).contains(number)).count();
    }

    /** Moves the portal's clock to this time of the city; returns it. */
    private Instant moveClockTo(LocalDateTime cityTime) {
        Instant target = cityTime.atZone(CITY).toInstant();
        Duration by = Duration.between(portal.now(), target);
        assertTrue(!by.isNegative(), "the test clock only moves forward: " + cityTime);
        portal.advanceClock(by);
        return target;
    }

    /** Waits until the deadline watch has run (and committed) at or after {@code since} on the portal's clock: it looks every portal minute. */
    private void awaitDeadlineWatch(Instant since) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Connection c = portal.database();
                 PreparedStatement s = c.prepareStatement("SELECT last_run_at FROM scheduled_work WHERE name = 'feedback.deadlines'")) {
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getObject(1, OffsetDateTime.class) != null
                            && !r.getObject(1, OffsetDateTime.class).toInstant().isBefore(since)) {
                        return;
                    }
                }
            }
            assertTrue(System.nanoTime() < deadline, "the deadline watch did not run within 30 s");
            Thread.sleep(250);
        }
    }

    private void mark(LocalDate day, String kind, String name) throws SQLException {
        try (Connection c = portal.database();
             PreparedStatement s = c.prepareStatement("INSERT INTO feedback_calendar_day (calendar_date, kind, name) VALUES (?, ?, ?)")) {
            s.setObject(1, day);
            s.setString(2, kind);
            s.setString(3, name);
            s.executeUpdate();
        }
    }

    private void giveEmail(String username, String email) throws SQLException {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement("UPDATE staff_user SET email = ? WHERE username = ?")) {
            s.setString(1, email);
            s.setString(2, username);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static int events(String number, String kind) throws SQLException {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM feedback_event WHERE case_id = ? AND kind = ?")) {
            s.setLong(1, FeedbackFixtures.id(number));
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
