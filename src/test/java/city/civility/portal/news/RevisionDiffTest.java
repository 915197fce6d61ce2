package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.civility.portal.news.RevisionDiff.Change;
import city.civility.portal.news.RevisionDiff.Row;
import city.civility.portal.platform.RuleViolation;

class RevisionDiffTest {

    @Test
    void keepsWhatIsSameAndPairsAChangedParagraph() {
        List<Row> rows = RevisionDiff.compare(List.of("标题", "第一段", "第二段", "第三段"), List.of("标题", "第一段（改）", "第二段", "新增段"));
        assertEquals(List.of(
                new Row(Change.SAME, "标题", "标题"),
                new Row(Change.CHANGED, "第一段", "第一段（改）"),
                new Row(Change.SAME, "第二段", "第二段"),
                new Row(Change.CHANGED, "第三段", "新增段")), rows);
    }

    @Test
    void showsPureAdditionsAndRemovals() {
        assertEquals(List.of(new Row(Change.SAME, "a", "a"), new Row(Change.ADDED, null, "b")),
                RevisionDiff.compare(List.of("a"), List.of("a", "b")));
        assertEquals(List.of(new Row(Change.REMOVED, "a", null), new Row(Change.SAME, "b", "b")),
                RevisionDiff.compare(List.of("a", "b"), List.of("b")));
    }

    @Test
    void aLongRevisionIsComparedWithoutATableOfEveryPairOfParagraphs() {
        // 40,000 paragraphs a side: a table of every pair would be 6 GB; the comparison needs a little more than the text.
        List<String> older = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            older.add("第 " + i + " 段");
        }
        List<String> newer = new ArrayList<>(older);
        newer.set(20_000, "改过的一段");
        newer.remove(30_000);
        List<Row> rows = RevisionDiff.compare(older, newer);
        assertEquals(new Row(Change.CHANGED, "第 20000 段", "改过的一段"), rows.get(20_000));
        assertEquals(new Row(Change.REMOVED, "第 30000 段", null), rows.get(30_000));
        assertEquals(40_000, rows.size());
        assertEquals(39_998, rows.stream().filter(r -> r.change() == Change.SAME).count());
    }

    @Test
    void anArticleBodyLongerThanTheCapIsRefusedWithItsLength() {
        String body = "<p>" + "长".repeat(ArticleDraft.MAX_BODY_LENGTH) + "</p>";
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> new ArticleDraft(1, "标题", null, null, body, null, null, null, false, false).cleaned());
        assertEquals("news.body.tooLong", refused.messageKey());
        assertEquals(body.length(), refused.args()[1]);
    }
}
