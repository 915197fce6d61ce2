package city.civility.portal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds text character by character so that variants of the same word compare equal:
 * Traditional to Simplified (道德模範 → 道德模范, the pairs of ICU's Traditional-Simplified
 * transform in {@value #PAIRS}), full-width to half-width (ＡＢＣ１２３ → abc123) and upper to
 * lower case.
 * Every character maps to exactly one character, so positions in folded text are
 * positions in the original: the index keeps correct offsets and the highlighter
 * marks the characters the author wrote.
 */
final class ChineseFolding {

    /** One Traditional character and its Simplified form per line, beside this class. */
    static final String PAIRS = "traditional-simplified.txt";

    private static final char[] TABLE = buildTable();

    private ChineseFolding() {
    }

    static char fold(char c) {
        return TABLE[c];
    }

    static String fold(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = TABLE[text.charAt(i)];
        }
        return new String(folded);
    }

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = Character.isSurrogate((char) c) ? (char) c : (char) Character.toLowerCase(c);
        }
        // Full-width ASCII (！ to ～) and the ideographic space.
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            table[c] = (char) Character.toLowerCase(c - 0xFF01 + 0x21);
        }
        table[0x3000] = ' ';
        // The pairs were taken from ICU's transform once (ChineseFoldingTest checks they still
        // match it): building the transform at every start cost a third of a second and kept
        // 4 MB of its rules in memory, for 2,853 characters that change.
        try (var in = ChineseFolding.class.getResourceAsStream(PAIRS);
                var pairs = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String pair = pairs.readLine(); pair != null; pair = pairs.readLine()) {
                if (!pair.startsWith("#")) {
                    table[pair.charAt(0)] = pair.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
