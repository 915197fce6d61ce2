package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.participation.Contact;

class GoodPersonTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final String STORY = "她每天早上七点到路口引导小学生过马路，八年来风雨无阻，还常年为独居老人买菜送药，邻居们都记得她的好。";

    private static GoodPerson nominated() {
        return GoodPerson.nominate(new NominationForm(" 王秀兰 ", "滨河区", Category.HELPING_OTHERS, STORY, true, "李明"), 0,
                Optional.of(Contact.parse("13800138000")), "GP-202611-ABCDEFG", NOW);
    }

    private static String broken(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void aNominationIsCheckedInTheOrderOfTheForm() {
        assertEquals("goodpeople.district.invalid", broken(() -> GoodPerson.nominate(
                new NominationForm("王秀兰", " ", null, "短", false, ""), 0, Optional.empty(), "GP-202611-ABCDEFG", NOW)));
        assertEquals("goodpeople.story.length", broken(() -> GoodPerson.nominate(
                new NominationForm("王秀兰", "滨河区", Category.COURAGE, "短", true, "李明"), 0, Optional.empty(), "GP-202611-ABCDEFG", NOW)));
        assertEquals("goodpeople.contact.unverified", broken(() -> GoodPerson.nominate(
                new NominationForm("王秀兰", "滨河区", Category.COURAGE, STORY, true, "李明"), 0, Optional.empty(), "GP-202611-ABCDEFG", NOW)));
        assertEquals("goodpeople.photos.tooMany", broken(() -> GoodPerson.nominate(
                new NominationForm("王秀兰", "滨河区", Category.COURAGE, STORY, true, "李明"), GoodPerson.MAX_PHOTOS + 1,
                Optional.of(Contact.parse("13800138000")), "GP-202611-ABCDEFG", NOW)));
        GoodPerson person = nominated();
        assertEquals("王秀兰", person.getNomineeName(), "typed spaces go");
        assertEquals(ModerationStatus.PENDING, person.getStatus());
        assertEquals(NominationEvent.Kind.SUBMITTED, person.getEvents().get(0).getKind());
    }

    @Test
    void aQuestionWaitsForTheNominatorsAnswerBeforeAnyApproval() {
        GoodPerson person = nominated();
        assertEquals("moderation.notAsked", broken(() -> person.answer("补充的情况如下……", NOW)));
        person.askForMore("请补充老人的住址。", "reviewer1", NOW);
        assertEquals(ModerationStatus.MORE_INFORMATION, person.getStatus());
        assertEquals("moderation.notPending", broken(() -> person.approve("reviewer1", NOW, java.time.YearMonth.of(2026, 11))), "no approval while a question is open");
        person.answer("滨河社区3号楼的陈大爷。", NOW);
        assertEquals(ModerationStatus.PENDING, person.getStatus());
        person.approve("reviewer1", NOW, java.time.YearMonth.of(2026, 11));
        assertEquals(ModerationStatus.APPROVED, person.getStatus());
        assertEquals("moderation.notOpen", broken(() -> person.reject("重复", "reviewer1", NOW)), "a decision is final");
        assertEquals(4, person.getEvents().size());
    }

    @Test
    void aRejectionNeedsAReasonTheNominatorCanRead() {
        GoodPerson person = nominated();
        assertEquals("moderation.reasonLength", broken(() -> person.reject(" ", "reviewer1", NOW)));
        person.reject("事迹无法核实。", "reviewer1", NOW);
        assertEquals("事迹无法核实。", person.getEvents().get(1).getNote());
    }

    @Test
    void theOfficeEditsThePublishedWordingAndTheResidentsWordsStay() {
        GoodPerson person = nominated();
        String edited = STORY.replace("她", "王秀兰阿姨");
        person.editPublicStory(edited, NOW);
        assertEquals(edited, person.getPublicStory());
        assertEquals(STORY, person.getStory());
        assertTrue(person.isEdited());
        person.editPublicStory(STORY, NOW);
        assertEquals(false, person.isEdited(), "back to the resident's words");
    }

    @Test
    void aDuplicateIsMergedIntoTheNominationThatGoesOnWithItsPhotos() {
        GoodPerson kept = nominated();
        GoodPerson duplicate = GoodPerson.nominate(new NominationForm("王秀兰", "滨河区", Category.HELPING_OTHERS, STORY, true, "张华"), 1,
                Optional.of(Contact.parse("13900139000")), "GP-202611-HJKMNPQ", NOW);
        duplicate.showPhotos(java.util.List.of("photo-of-the-duplicate"));
        assertEquals("goodpeople.merge.target", broken(() -> duplicate.mergeInto(duplicate, "reviewer1", NOW)));
        duplicate.mergeInto(kept, "reviewer1", NOW);
        assertEquals(ModerationStatus.MERGED, duplicate.getStatus());
        assertEquals(java.util.List.of("photo-of-the-duplicate"), kept.getPhotos());
        assertEquals(NominationEvent.Kind.MERGED_FROM, kept.getEvents().get(kept.getEvents().size() - 1).getKind());
        assertEquals("GP-202611-HJKMNPQ", kept.getEvents().get(kept.getEvents().size() - 1).getNote(), "the office reads which one");
        assertEquals(null, Tracked.of(duplicate).events().get(1).note(), "its nominator does not: the number would show the other's history");
        assertEquals("moderation.notOpen", broken(() -> duplicate.mergeInto(kept, "reviewer1", NOW)), "merged once");
        assertEquals("goodpeople.merge.target", broken(() -> nominated().mergeInto(duplicate, "reviewer1", NOW)), "not into a merged one");
    }
}
