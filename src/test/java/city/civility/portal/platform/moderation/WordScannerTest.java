package city.civility.portal.platform.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.civility.portal.platform.moderation.WordScanner.Finding;

class WordScannerTest {

    private static WordScanner office;

    @BeforeAll
    static void load() {
        office = new WordScanner(Set.of("联系电话"), Set.of("滨河黑店"));
    }

    private static List<String> found(String text) {
        return office.find(text).stream().map(Finding::text).toList();
    }

    @Test
    void theMaintainedListAndTheOfficesDenyListArePointedOut() {
        assertTrue(found("有人在群里组织赌博").contains("赌博"), "a word of the maintained list");
        assertEquals(List.of("滨河黑店"), found("他们说滨河黑店欺客"), "a word of the office's own list");
    }

    @Test
    void personalDataAndLinksArePointedOutForAPublicStory() {
        List<String> found = found("有事请打13800138000，或写信到 wang@example.com，详见 http://example.com/x");
        assertTrue(found.contains("13800138000") && found.contains("wang@example.com"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("http://example.com")), found.toString());
    }

    @Test
    void theAllowListSilencesNeedlessFindingsAndOrdinaryStoriesPassClean() {
        assertEquals(List.of(), found("联系电话写在表格里"));
        assertEquals(List.of(), found("王秀兰阿姨每天早上七点到路口引导小学生过马路，八年来风雨无阻。"));
    }

    @Test
    void highlightsAreMarkedAndEverythingElseIsEscaped() {
        String text = "<b>赌博</b> & 滨河黑店";
        assertEquals("&lt;b&gt;<mark>赌博</mark>&lt;/b&gt; &amp; <mark>滨河黑店</mark>", SensitiveWords.marked(text, office.find(text)));
    }
}
