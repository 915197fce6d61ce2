package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

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

    /** The folding table's pairs are ICU's transform, character for character (where it gives one character). */
    @Test
    void pairsAreIcusTraditionalSimplifiedTransform() throws IOException {
        StringBuilder icu = new StringBuilder();
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}}; // CJK ext. A, unified, compatibility
        for (int[] block : blocks) {
            for (int c = block[0]; c <= block[1]; c++) {
                String simplified = toSimplified.transliterate(String.valueOf((char) c));
                if (simplified.length() == 1 && simplified.charAt(0) != c) {
                    icu.append((char) c).append(simplified).append('\n');
                }
            }
        }
        String file;
        try (InputStream in = ChineseFolding.class.getResourceAsStream(ChineseFolding.PAIRS)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pairs = file.lines().filter(line -> !line.startsWith("#")).map(line -> line + "\n").collect(Collectors.joining());
        if (!pairs.equals(icu.toString())) {
            String header = file.lines().filter(line -> line.startsWith("#")).map(line -> line + "\n").collect(Collectors.joining());
            Files.writeString(Path.of("target", ChineseFolding.PAIRS), header + icu, StandardCharsets.UTF_8);
        }
        assertEquals(icu.toString(), pairs, "ICU's pairs differ: target/" + ChineseFolding.PAIRS
                + " has them, to replace src/main/resources/city/civility/portal/search/" + ChineseFolding.PAIRS);
    }
}
