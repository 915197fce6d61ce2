package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsPhrasesAndExclusions() {
        SearchQuery q = SearchQuery.parse("志愿服务 \"new era 文明\" -垃圾分类 -\"street art\"");
        assertEquals(List.of("志愿服务", "new era 文明"), q.include());
        assertEquals(List.of("垃圾分类", "street art"), q.exclude());
        assertEquals("志愿服务 \"new era 文明\" -垃圾分类 -\"street art\"", q.text());
    }

    @Test
    void spacesBetweenChineseCharactersInAPhraseMeanNothing() {
        SearchQuery q = SearchQuery.parse("\"文明 城市\" -\"背街　小巷\"");
        assertEquals(List.of("文明城市"), q.include());
        assertEquals(List.of("背街小巷"), q.exclude());
        assertEquals("文明城市 -背街小巷", q.text());
    }

    @Test
    void chineseQuotesMakeAPhraseAndAStrayQuoteIsPlainText() {
        assertEquals(List.of("身边好人 2024"), SearchQuery.parse("“身边 好人 2024”").include());
        assertEquals(List.of("身边好人", "道德"), SearchQuery.parse("\"身边好人 道德").include());
    }

    @Test
    void controlCharactersLongPastesAndLoneMinusesAreHarmless() {
        assertEquals(List.of("志愿", "服务"), SearchQuery.parse("志愿\u0000服务\u2028").include());
        assertTrue(SearchQuery.parse("好".repeat(5000)).include().get(0).length() <= SearchQuery.MAX_LENGTH);
        assertEquals(List.of("-"), SearchQuery.parse(" - ").include());
        assertTrue(SearchQuery.parse("   ").isEmpty());
        assertTrue(SearchQuery.parse("-只排除").isEmpty(), "only an exclusion searches nothing");
        assertEquals(SearchQuery.MAX_PARTS, SearchQuery.parse("a ".repeat(100)).include().size());
    }

    @Test
    void aQueryCutToTheLimitsSaysSo() {
        assertFalse(SearchQuery.parse("志愿服务 \"new era 文明\" -垃圾分类").shortened());
        assertFalse(SearchQuery.parse("好".repeat(SearchQuery.MAX_LENGTH)).shortened(), "exactly the longest query");
        assertFalse(SearchQuery.parse("a ".repeat(SearchQuery.MAX_PARTS)).shortened(), "exactly as many parts as are searched");
        assertTrue(SearchQuery.parse("好".repeat(SearchQuery.MAX_LENGTH + 1)).shortened());
        assertTrue(SearchQuery.parse("a ".repeat(SearchQuery.MAX_PARTS + 1)).shortened());
        assertTrue(SearchQuery.parse("\uD83D\uDE00".repeat(SearchQuery.MAX_LENGTH + 1)).shortened(), "characters, not UTF-16 units");
        assertEquals(SearchQuery.MAX_LENGTH, SearchQuery.parse("\uD83D\uDE00".repeat(5000)).include().get(0).codePointCount(0, 400));
    }
}
