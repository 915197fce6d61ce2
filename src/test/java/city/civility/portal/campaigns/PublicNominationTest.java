package city.civility.portal.campaigns;

import static city.civility.portal.campaigns.CampaignTest.STORY;
import static city.civility.portal.campaigns.CampaignTest.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.participation.Contact;

class PublicNominationTest {

    private static final Optional<Contact> VERIFIED = Optional.of(Contact.parse("resident@example.com"));

    /** Nominations from day 0 to day 10, review until day 20. */
    private static final Campaign CAMPAIGN = CampaignTest.campaign(Campaign.BallotRules.official());

    private static PublicNomination.Form form(String category, String name, String story, boolean consent) {
        return new PublicNomination.Form(category, name, "滨河区", story, consent, "李明", "proof");
    }

    private static String broken(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void residentsNominateOnlyWhileTheCampaignTakesNominationsWithinTheBoundsANomineeHas() {
        assertEquals("campaigns.publicNomination.closed",
                broken(() -> PublicNomination.submit(CAMPAIGN, form("COURAGE", "王芳", STORY, true), VERIFIED, "TJ-1", day(10))));
        assertEquals("campaigns.publicNomination.categoryInvalid",
                broken(() -> PublicNomination.submit(CAMPAIGN, form("NO_SUCH", "王芳", STORY, true), VERIFIED, "TJ-1", day(1))));
        assertEquals("campaigns.nominee.name",
                broken(() -> PublicNomination.submit(CAMPAIGN, form("COURAGE", "", STORY, true), VERIFIED, "TJ-1", day(1))));
        assertEquals("campaigns.nominee.story",
                broken(() -> PublicNomination.submit(CAMPAIGN, form("COURAGE", "王芳", "太短了", true), VERIFIED, "TJ-1", day(1))));
        assertEquals("campaigns.publicNomination.consentRequired",
                broken(() -> PublicNomination.submit(CAMPAIGN, form("COURAGE", "王芳", STORY, false), VERIFIED, "TJ-1", day(1))));
        assertEquals("campaigns.publicNomination.contactUnverified",
                broken(() -> PublicNomination.submit(CAMPAIGN, form("COURAGE", "王芳", STORY, true), Optional.empty(), "TJ-1", day(1))));
    }

    @Test
    void approvedItBecomesANomineeOfThePublicForTheCommitteesReview() {
        PublicNomination nomination = PublicNomination.submit(CAMPAIGN, form("COURAGE", "王芳", STORY, true), VERIFIED, "TJ-1", day(1));
        assertEquals(ModerationStatus.PENDING, nomination.getStatus());
        assertNull(nomination.getNominee(), "not a nominee while it waits");

        Nominee nominee = nomination.approve("moderator", day(12));
        assertEquals(ModerationStatus.APPROVED, nomination.getStatus());
        assertEquals(NomineeStatus.NOMINATED, nominee.getStatus());
        assertEquals(NomineeSource.PUBLIC, nominee.getSource());
        assertEquals("COURAGE", nominee.getCategory().getCode());
        assertEquals("王芳", nominee.getName());
        assertNull(nominee.getNumber(), "no candidate number before the committee passes it");
    }

    @Test
    void onceTheNoticeHasBegunItCanNoLongerBeApprovedButStillRejectedWithAReason() {
        PublicNomination late = PublicNomination.submit(CAMPAIGN, form("FAMILY", "赵强", STORY, true), VERIFIED, "TJ-2", day(2));
        assertEquals("campaigns.nominate.closed", broken(() -> late.approve("moderator", day(20))));
        assertEquals(ModerationStatus.PENDING, late.getStatus(), "a refused approval leaves it waiting");
        late.reject("推荐期结束后才审核，未能进入评审。", "moderator", day(20));
        assertEquals(ModerationStatus.REJECTED, late.getStatus());
        assertEquals("推荐期结束后才审核，未能进入评审。", late.getDecisionReason());
    }
}
