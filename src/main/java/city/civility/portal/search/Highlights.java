package city.civility.portal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Marks what was searched for in a title or text with {@code <em>}, escaping
 * everything else. Matching is on folded text ({@link ChineseFolding}), so 道德模范
 * marks 道德模範 in a Traditional article, in the characters the author wrote.
 */
final class Highlights {

    static final int SNIPPET_LENGTH = 120;

    private Highlights() {
    }

    /** The whole text, every match marked. */
    static String mark(String text, Collection<String> needles) {
        return render(text, matches(text, needles), 0, text.length());
    }

    /**
     * The passage of about {@value #SNIPPET_LENGTH} characters with the most matches,
     * marked; the text's beginning when nothing matches.
     */
    static String snippet(String text, Collection<String> needles) {
        List<int[]> matches = matches(text, needles);
        int start = 0;
        int best = -1;
        for (int[] m : matches) {
            int from = Math.max(0, m[0] - 20);
            int count = (int) matches.stream().filter(o -> o[0] >= from && o[1] <= from + SNIPPET_LENGTH).count();
            if (count > best) {
                best = count;
                start = from;
            }
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        String passage = render(text, matches, start, end);
        return (start > 0 ? "…" : "") + passage + (end < text.length() ? "…" : "");
    }

    /** Non-overlapping [start, end) ranges of the needles in the text, in order; longer needles first where they overlap. */
    private static List<int[]> matches(String text, Collection<String> needles) {
        String folded = ChineseFolding.fold(text);
        boolean[] marked = new boolean[text.length()];
        List<int[]> found = new ArrayList<>();
        needles.stream().map(ChineseFolding::fold).filter(n -> !n.isBlank()).distinct()
                .sorted((a, b) -> b.length() - a.length())
                .forEach(needle -> {
                    for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length())) {
                        if (!anyMarked(marked, at, at + needle.length())) {
                            Arrays.fill(marked, at, at + needle.length(), true);
                            found.add(new int[] {at, at + needle.length()});
                        }
                    }
                });
        found.sort((a, b) -> a[0] - b[0]);
        return found;
    }

    private static boolean anyMarked(boolean[] marked, int from, int to) {
        for (int i = from; i < to; i++) {
            if (marked[i]) {
                return true;
            }
        }
        return false;
    }

    private static String render(String text, List<int[]> matches, int from, int to) {
        StringBuilder html = new StringBuilder();
        int at = from;
        for (int[] m : matches) {
            if (m[0] < from || m[1] > to) {
                continue;
            }
            escape(text, at, m[0], html);
            html.append("<em>");
            escape(text, m[0], m[1], html);
            html.append("</em>");
            at = m[1];
        }
        escape(text, at, to, html);
        return html.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
