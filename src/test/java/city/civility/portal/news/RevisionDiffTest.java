package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import city.civility.portal.news.RevisionDiff.Change;
import city.civility.portal.news.RevisionDiff.Row;

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
}
