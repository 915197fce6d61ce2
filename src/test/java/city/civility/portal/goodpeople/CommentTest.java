package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.Contact;

class CommentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    private static GoodPerson nominee() {
        return GoodPerson.nominate(new NominationForm("王秀兰", "滨河区", Category.HELPING_OTHERS,
                "她每天早上七点到路口引导小学生过马路，八年来风雨无阻，还常年为独居老人买菜送药，邻居们都记得她的好。", true, "李明"), 0,
                Optional.of(Contact.parse("13800138000")), "GP-202611-ABCDEFG", NOW);
    }

    private static String broken(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    @Test
    void onlyAPublicEntryTakesCommentsAndEachWaitsForAModerator() {
        GoodPerson entry = nominee();
        assertEquals("goodpeople.comment.closed", broken(() -> Comment.write(entry, "街坊", "王阿姨真是好人，我们都敬佩她。", NOW)));
        entry.approve("reviewer1", NOW, YearMonth.of(2026, 11));
        Comment comment = Comment.write(entry, " 街坊 ", "王阿姨真是好人，\n\n\n我们都敬佩她。", NOW);
        assertEquals("街坊", comment.getAuthor());
        assertEquals("王阿姨真是好人，\n\n我们都敬佩她。", comment.getText());
        assertFalse(comment.getModeration().isPublic(), "shown only once approved");
        entry.hide(true, "reviewer1", NOW);
        assertEquals("goodpeople.comment.closed", broken(() -> Comment.write(entry, "街坊", "王阿姨真是好人，我们都敬佩她。", NOW)));
    }

    @Test
    void theFormsLimitsAreKept() {
        GoodPerson entry = nominee();
        entry.approve("reviewer1", NOW, YearMonth.of(2026, 11));
        assertEquals("goodpeople.comment.author", broken(() -> Comment.write(entry, " ", "王阿姨真是好人。", NOW)));
        assertEquals("goodpeople.comment.author", broken(() -> Comment.write(entry, "名".repeat(Comment.MAX_AUTHOR + 1), "王阿姨真是好人。", NOW)));
        assertEquals("goodpeople.comment.length", broken(() -> Comment.write(entry, "街坊", "好人", NOW)));
        assertEquals("goodpeople.comment.length", broken(() -> Comment.write(entry, "街坊", "好".repeat(Comment.MAX_TEXT + 1), NOW)));
    }
}
