package city.civility.portal.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;

/** What an editor types about an ad: tidied, and refused with the reason when it cannot be an ad. */
class AdDraftTest {

    private static AdDraft draft(String title, String altText, Integer year, String rights, String tags) {
        return new AdDraft(title, "TRAFFIC", AdFormat.PICTURE, "  礼让斑马线，文明出行。\r\n\r\n\r\n系列海报之一。 ", altText, "江川市文明办", year, rights, null, tags);
    }

    private static String refusal(AdDraft draft) {
        return assertThrows(RuleViolation.class, () -> draft.cleaned(2026)).messageKey();
    }

    @Test
    void theTextIsTidiedAndTheTagsBecomeOneList() {
        AdDraft clean = draft(" 礼让斑马线 ", "斑马线前，汽车停下，一位老人和孩子过马路。", 2025, "免费用于公益宣传。", "交通，斑马线、 礼让  交通").cleaned(2026);
        assertEquals("礼让斑马线", clean.title());
        assertEquals("礼让斑马线，文明出行。\n\n系列海报之一。", clean.description());
        assertEquals("交通,斑马线,礼让", clean.tags());
        assertEquals("", clean.licence());
    }

    @Test
    void everyAdSaysInWordsWhatItShows() {
        assertEquals("ads.altText.required", refusal(draft("礼让斑马线", " \n ", 2025, "免费用于公益宣传。", "")));
        assertEquals("ads.rights.required", refusal(draft("礼让斑马线", "斑马线前汽车停下。", 2025, "", "")));
        assertEquals("ads.title.required", refusal(draft("", "斑马线前汽车停下。", 2025, "免费用于公益宣传。", "")));
    }

    @Test
    void theYearIsOneThatHasBeen() {
        assertEquals("ads.year.invalid", refusal(draft("礼让斑马线", "斑马线前汽车停下。", 2027, "免费用于公益宣传。", "")));
        assertEquals("ads.year.invalid", refusal(draft("礼让斑马线", "斑马线前汽车停下。", 1900, "免费用于公益宣传。", "")));
        assertEquals("ads.year.invalid", refusal(draft("礼让斑马线", "斑马线前汽车停下。", null, "免费用于公益宣传。", "")));
        assertEquals(2026, draft("礼让斑马线", "斑马线前汽车停下。", 2026, "免费用于公益宣传。", "").cleaned(2026).year());
    }

    @Test
    void lengthsAreCountedAsAReaderCountsThem() {
        String hundredCharacters = "礼".repeat(99) + "😀"; // an emoji is one character, two chars in Java
        assertEquals(hundredCharacters, draft(hundredCharacters, "斑马线前汽车停下。", 2025, "免费用于公益宣传。", "").cleaned(2026).title());
        assertEquals("ads.field.tooLong", refusal(draft(hundredCharacters + "礼", "斑马线前汽车停下。", 2025, "免费用于公益宣传。", "")));
    }
}
