package city.civility.portal.campaigns;

import static city.civility.portal.campaigns.CampaignTest.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.Contact;

class ObjectionTest {

    private static final String GROUNDS = "这位候选人的事迹中所说的志愿服务时长与社区记录不符，请核实。";
    private static final Optional<Contact> VERIFIED = Optional.of(Contact.parse("13800138000"));

    /** Candidate 001 of a campaign whose 公示 runs from day 20 to day 27. */
    private static Nominee candidate() {
        return CampaignTest.candidates(CampaignTest.campaign(Campaign.BallotRules.official())).get(0);
    }

    private static String broken(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void anObjectionIsFiledOnlyDuringTheNoticeAndOnlyAgainstACandidateOnTheList() {
        Nominee candidate = candidate();
        assertEquals("campaigns.objection.closed", broken(() -> Objection.file(candidate, "李明", GROUNDS, VERIFIED, "YY-1", day(19))));
        assertEquals("campaigns.objection.closed", broken(() -> Objection.file(candidate, "李明", GROUNDS, VERIFIED, "YY-1", day(27))),
                "not once voting has begun");
        Objection filed = Objection.file(candidate, "李明", GROUNDS, VERIFIED, "YY-1", day(20));
        assertFalse(filed.isAnswered());
        assertEquals(candidate, filed.getCandidate());

        candidate.withdraw("reviewer", "本人申请退出", day(21));
        assertEquals("campaigns.objection.notCandidate", broken(() -> Objection.file(candidate, "李明", GROUNDS, VERIFIED, "YY-2", day(22))));
    }

    @Test
    void theFormsRulesAreCheckedInItsOrder() {
        Nominee candidate = candidate();
        assertEquals("campaigns.objection.nameInvalid", broken(() -> Objection.file(candidate, "  ", GROUNDS, VERIFIED, "YY-1", day(21))));
        assertEquals("campaigns.objection.nameInvalid", broken(() -> Objection.file(candidate, "名".repeat(41), GROUNDS, VERIFIED, "YY-1", day(21))));
        RuleViolation short_ = assertThrows(RuleViolation.class, () -> Objection.file(candidate, "李明", "不符合", VERIFIED, "YY-1", day(21)));
        assertEquals("campaigns.objection.groundsLength", short_.messageKey());
        assertEquals("3", short_.args()[2], "says how long it is now");
        assertEquals("campaigns.objection.groundsLength",
                broken(() -> Objection.file(candidate, "李明", "不".repeat(Objection.MAX_GROUNDS + 1), VERIFIED, "YY-1", day(21))));
        assertEquals("campaigns.objection.contactUnverified",
                broken(() -> Objection.file(candidate, "李明", GROUNDS, Optional.empty(), "YY-1", day(21))));
    }

    @Test
    void theOfficeAnswersOnceWithAReasonAndWhetherItIsUpheld() {
        Objection objection = Objection.file(candidate(), "李明", GROUNDS, VERIFIED, "YY-1", day(21));
        assertEquals("campaigns.objection.answerLength", broken(() -> objection.answer(" ", true, "reviewer", day(22))));
        assertFalse(objection.isAnswered(), "a refused answer leaves it waiting");
        assertNull(objection.getUpheld());

        objection.answer("经核实，服务时长记录有误，异议成立。", true, "reviewer", day(22));
        assertTrue(objection.isAnswered());
        assertTrue(objection.getUpheld());
        assertEquals("reviewer", objection.getAnsweredBy());
        assertEquals(NomineeStatus.PASSED, objection.getCandidate().getStatus(), "upholding does not withdraw the candidate by itself");
        assertEquals("campaigns.objection.answered", broken(() -> objection.answer("再答一次。", false, "admin", day(23))));
    }
}
