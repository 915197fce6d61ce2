package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void aLineLosesItsBreaksControlCharactersAndExtraSpaces() {
        assertEquals("张 三", TextLines.line("  张\n\t三\u0000 "));
        assertEquals("", TextLines.line(null));
        assertEquals("a b", TextLines.line("a\u2028b"));
    }

    @Test
    void paragraphsKeepTheirBreaksButNotEmptyLinesOrTrailingSpaces() {
        assertEquals("第一段。\n\n第二段。\n第三行", TextLines.paragraphs("  第一段。 \r\n\r\n\r\n\r\n第二段。\u3000\n第三行\u0007 "));
    }

    @Test
    void lengthCountsWhatAPersonSeesAsOneCharacter() {
        assertEquals(3, TextLines.length("好人😀"));
    }
}
