package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.Contact;

/** The rules a case holds itself: what a resident must send, and which step may follow which. */
class FeedbackCaseTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T02:00:00Z"); // a Friday, 10:00 in the city
    private static final String TEXT = "幸福路小区东门外的人行道地砖松动了一大片，下雨后一踩就溅水。";
    private static final FeedbackCategory FACILITIES = new FeedbackCategory("PUBLIC_FACILITIES", "公共设施", "市住房和城乡建设局", 5);
    private static final Optional<Contact> RESIDENT = Optional.of(Contact.parse("resident@example.com"));
    private static long ids = 100;

    private static FeedbackCase sent(CaseKind kind, Optional<Contact> contact) {
        FeedbackCase c = FeedbackCase.submit(new CaseForm(kind, FACILITIES.getCode(), TEXT, " 幸福路12号 ", null, null, true), FACILITIES, contact, 0,
                "hash", RECEIVED, new WorkingDays(Set.of(), Set.of()).dueAt(RECEIVED, FACILITIES.getDeadlineDays()));
        try {
            Field id = FeedbackCase.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, ++ids); // as the database gives it
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    private static FeedbackCase complaint() {
        return sent(CaseKind.COMPLAINT, RESIDENT);
    }

    private static String broken(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    private static Instant at(long hours) {
        return RECEIVED.plus(Duration.ofHours(hours));
    }

    @Test
    void aCaseIsCheckedInTheOrderOfTheForm() {
        assertEquals("feedback.kind.invalid", broken(() -> FeedbackCase.submit(new CaseForm(null, null, "短", "", null, null, false), null,
                Optional.empty(), 0, "hash", RECEIVED, RECEIVED)));
        assertEquals("feedback.category.invalid", broken(() -> FeedbackCase.submit(new CaseForm(CaseKind.COMPLAINT, null, TEXT, "人民路", null, null, true),
                null, RESIDENT, 0, "hash", RECEIVED, RECEIVED)));
        assertEquals("feedback.description.length", broken(() -> FeedbackCase.submit(new CaseForm(CaseKind.COMPLAINT, "X", "地砖松动", "人民路",
                null, null, true), FACILITIES, RESIDENT, 0, "hash", RECEIVED, RECEIVED)));
        assertEquals("feedback.point.invalid", broken(() -> FeedbackCase.submit(new CaseForm(CaseKind.COMPLAINT, "X", TEXT, "人民路", 30.2, null, true),
                FACILITIES, RESIDENT, 0, "hash", RECEIVED, RECEIVED)));
        assertEquals("feedback.point.invalid", broken(() -> FeedbackCase.submit(new CaseForm(CaseKind.COMPLAINT, "X", TEXT, "人民路", 91.0, 120.0, true),
                FACILITIES, RESIDENT, 0, "hash", RECEIVED, RECEIVED)));
        assertEquals("feedback.photos.tooMany", broken(() -> FeedbackCase.submit(new CaseForm(CaseKind.SNAPSHOT, "X", TEXT, "人民路", null, null, true),
                FACILITIES, RESIDENT, FeedbackCase.MAX_PHOTOS + 1, "hash", RECEIVED, RECEIVED)));
        assertEquals("feedback.contact.unverified", broken(() -> sent(CaseKind.SNAPSHOT, Optional.empty())));
    }

    @Test
    void onlyASuggestionMayComeWithoutAContact() {
        FeedbackCase anonymous = sent(CaseKind.SUGGESTION, Optional.empty());
        assertFalse(anonymous.hasContact());
        assertEquals(CaseState.RECEIVED, anonymous.getState());
        assertEquals("幸福路12号", anonymous.getAddress());
        assertEquals("市住房和城乡建设局", anonymous.getDepartment(), "the category's department until an officer assigns one");
        assertEquals(LocalDate.of(2026, 11, 27), anonymous.getDueDay(), "five working days from a Friday: the Friday after");
    }

    @Test
    void aCaseGoesFromReceivedToClosedAndEveryStepIsAnEvent() {
        FeedbackCase c = complaint();
        assertFalse(c.isPublic(), "not public until the office takes it up");
        assertEquals("feedback.office.notNow", broken(() -> c.answer("已修复。", "officer", at(1))), "accepted first");
        c.accept("滨河区住建局", "officer", at(1));
        assertTrue(c.isPublic());
        c.start("officer", at(2));
        c.note("与物业核实中，勿公开。", "officer", at(3));
        c.reply("已派人现场查看，三日内修复。", "officer", at(4));
        c.answer("地砖已重新铺设。", "officer", at(30));
        assertEquals("feedback.office.notNow", broken(() -> c.reject("重复", "officer", at(31))), "an answered case is not rejected");
        c.close("officer", at(31));
        assertEquals(CaseState.CLOSED, c.getState());
        assertEquals(List.of(CaseEvent.Kind.RECEIVED, CaseEvent.Kind.ACCEPTED, CaseEvent.Kind.STARTED, CaseEvent.Kind.NOTE, CaseEvent.Kind.REPLIED,
                CaseEvent.Kind.ANSWERED, CaseEvent.Kind.CLOSED), c.getEvents().stream().map(CaseEvent::getKind).toList());
        PublicCase shown = PublicCase.of(c);
        assertFalse(shown.steps().stream().anyMatch(s -> "feedback.event.NOTE".equals(s.messageKey())), "an internal note is never public");
        assertEquals("地砖已重新铺设。", shown.answer());
    }

    @Test
    void aClosedCaseIsRatedOnceAndReopenedWithinFifteenDaysWithANewDeadline() {
        FeedbackCase c = complaint();
        c.accept("滨河区住建局", "officer", at(1));
        c.answer("已修复。", "officer", at(2));
        assertEquals("feedback.rate.notNow", broken(() -> c.rate(4, null, at(3))), "rated once closed");
        c.close("officer", at(3));
        assertEquals("feedback.rate.stars", broken(() -> c.rate(6, null, at(4))));
        c.rate(2, "没修好", at(4));
        assertEquals("feedback.rate.notNow", broken(() -> c.rate(3, null, at(5))), "once");

        Instant late = at(3).plus(FeedbackCase.REOPEN_WITHIN).plusSeconds(1);
        assertFalse(c.canBeReopened(late));
        assertEquals("feedback.reopen.notNow", broken(() -> c.reopen("还是松的。", late, late)));
        Instant newDue = at(400);
        c.reopen("地砖还是松的，一踩就晃。", at(100), newDue);
        assertEquals(CaseState.ACCEPTED, c.getState());
        assertEquals(1, c.getReopened(), "counts against the department");
        assertEquals(newDue, c.getDueAt(), "the deadline starts again");
        assertNull(c.getRating(), "the next answer is rated anew");
        assertTrue(c.isOverdue(at(401)));
    }

    @Test
    void aRejectionNeedsAReasonAndAMergeAnOpenCase() {
        FeedbackCase c = complaint();
        assertEquals("feedback.office.replyLength", broken(() -> c.reject(" ", "officer", at(1))));
        FeedbackCase other = complaint();
        assertEquals("feedback.office.mergeTarget", broken(() -> c.mergeInto(c, "officer", at(1))), "not into itself");
        c.mergeInto(other, "officer", at(1));
        assertEquals(CaseState.MERGED, c.getState());
        assertFalse(c.isPublic());
        assertEquals(1, other.getSupporters(), "the merged case's resident counts on the other");
        assertEquals(other.trackingNumber().toString(), c.getEvents().get(c.getEvents().size() - 1).getNote(), "the resident is told which");
        FeedbackCase third = complaint();
        third.reject("不属于本市管辖范围。", "officer", at(2));
        assertEquals("feedback.office.mergeTarget", broken(() -> complaint().mergeInto(third, "officer", at(3))), "not into an ended case");
    }

    @Test
    void aTrackingNumberIsItsYearAndIdAndIsReadBackAsTyped() {
        FeedbackCase c = complaint();
        String number = c.trackingNumber().toString();
        assertEquals(String.format("TS-2026-%06d", c.getId()), number);
        assertEquals(Optional.of(c.trackingNumber()), TrackingNumber.parse(" ts-2026-" + String.format("%06d", c.getId()) + " "));
        assertEquals(Optional.of(c.trackingNumber()), TrackingNumber.parse("TS2026" + String.format("%06d", c.getId())));
        assertEquals(Optional.empty(), TrackingNumber.parse("GP-202611-ABCDEFG"));
        assertEquals(Optional.empty(), TrackingNumber.parse(null));
    }
}
