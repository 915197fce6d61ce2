package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseFoldingTest {

    @Test
    void traditionalBecomesSimplifiedFullWidthHalfWidthAndCaseLower() {
        assertEquals("道德模范", ChineseFolding.fold("道德模範"));
        assertEquals("身边好人评议", ChineseFolding.fold("身邊好人評議"));
        assertEquals("abc123 2026年", ChineseFolding.fold("ＡＢＣ１２３\u3000２０２６年"));
        assertEquals("江川市文明办", ChineseFolding.fold("江川市文明办"), "Simplified stays as it is");
    }

    @Test
    void highlightsMarkTheOriginalCharactersAndEscapeTheRest() {
        assertEquals("<em>道德模範</em>評選 &lt;b&gt;", Highlights.mark("道德模範評選 <b>", java.util.List.of("道德模范")));
    }
}
