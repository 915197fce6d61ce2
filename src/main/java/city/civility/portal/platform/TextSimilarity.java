package city.civility.portal.platform;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two texts are, for suggesting duplicates (two nominations of one deed, two cases of
 * one problem): the share of two-character pieces they have in common (Dice's coefficient).
 * Chinese has no spaces to split words at, and two residents telling one thing use many of the
 * same pairs ("路口", "老人", "志愿").
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    /** 0 (nothing in common) to 100 (the same pieces). */
    public static int percent(String a, String b) {
        Set<String> first = pairs(a);
        Set<String> second = pairs(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String pair : first) {
            if (second.contains(pair)) {
                common++;
            }
        }
        return Math.round(200f * common / (first.size() + second.size()));
    }

    private static Set<String> pairs(String text) {
        int[] letters = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < letters.length; i++) {
            pairs.add(new String(letters, i, 2));
        }
        return pairs;
    }
}
