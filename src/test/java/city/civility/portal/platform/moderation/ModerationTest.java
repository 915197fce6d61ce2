package city.civility.portal.platform.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;

class ModerationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    private static String broken(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void aSubmissionIsPublicOnlyOnceApprovedAndWhileNotHidden() {
        Moderation moderation = Moderation.waiting();
        assertFalse(moderation.isPublic());
        assertEquals("moderation.notApproved", broken(() -> moderation.hide(true)), "only what is public can be hidden");
        moderation.approve("reviewer1", NOW);
        assertTrue(moderation.isPublic());
        assertEquals("reviewer1", moderation.getDecidedBy());
        moderation.hide(true);
        assertFalse(moderation.isPublic());
        assertEquals(ModerationStatus.APPROVED, moderation.getStatus(), "hidden, not deleted nor undecided");
        moderation.hide(false);
        assertTrue(moderation.isPublic());
        assertEquals("moderation.notPending", broken(() -> moderation.approve("reviewer2", NOW)), "approved once");
        assertEquals("moderation.notOpen", broken(() -> moderation.reject("重复", "reviewer2", NOW)), "a decision is final");
    }

    @Test
    void aRejectionNeedsAReasonTheResidentReads() {
        Moderation moderation = Moderation.waiting();
        assertEquals("moderation.reasonLength", broken(() -> moderation.reject("  ", "reviewer1", NOW)));
        assertTrue(moderation.isAwaitingModerator(), "a refused rejection changes nothing");
        assertEquals("内容与本栏目无关", moderation.reject(" 内容与本栏目无关 ", "reviewer1", NOW));
        assertEquals(ModerationStatus.REJECTED, moderation.getStatus());
        assertEquals("内容与本栏目无关", moderation.getReason());
        assertFalse(moderation.isOpen());
    }

    @Test
    void aQuestionWaitsForTheResidentsAnswerBeforeAnyApproval() {
        Moderation moderation = Moderation.waiting();
        assertEquals("moderation.notAsked", broken(() -> moderation.answered("补充的情况如下", 100)));
        moderation.askForMore("请补充事情发生的时间和地点。");
        assertEquals(ModerationStatus.MORE_INFORMATION, moderation.getStatus());
        assertTrue(moderation.isOpen());
        assertEquals("moderation.notPending", broken(() -> moderation.approve("reviewer1", NOW)));
        assertEquals("moderation.answerLength", broken(() -> moderation.answered("好", 100)));
        moderation.answered("去年五月，在滨河公园。", 100);
        assertTrue(moderation.isAwaitingModerator());
        moderation.approve("reviewer1", NOW);
        assertTrue(moderation.isPublic());
    }
}
