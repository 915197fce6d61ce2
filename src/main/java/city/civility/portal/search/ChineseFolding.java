package city.civility.portal.search;

import com.ibm.icu.text.Transliterator;

/**
 * Folds text character by character so that variants of the same word compare equal:
 * Traditional to Simplified (道德模範 → 道德模范, from ICU's Traditional-Simplified
 * transform), full-width to half-width (ＡＢＣ１２３ → abc123) and upper to lower case.
 * Every character maps to exactly one character, so positions in folded text are
 * positions in the original: the index keeps correct offsets and the highlighter
 * marks the characters the author wrote.
 */
final class ChineseFolding {

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
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        fill(table, toSimplified, 0x3400, 0x4DBF); // CJK extension A
        fill(table, toSimplified, 0x4E00, 0x9FFF); // CJK unified ideographs
        fill(table, toSimplified, 0xF900, 0xFAFF); // CJK compatibility ideographs
        return table;
    }

    /** Takes the transform's answer where it is one character (nearly always). */
    private static void fill(char[] table, Transliterator toSimplified, int from, int to) {
        for (int c = from; c <= to; c++) {
            String simplified = toSimplified.transliterate(String.valueOf((char) c));
            if (simplified.length() == 1) {
                table[c] = simplified.charAt(0);
            }
        }
    }
}
