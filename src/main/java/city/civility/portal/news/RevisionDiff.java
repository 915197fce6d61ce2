package city.civility.portal.news;

import java.util.ArrayList;
import java.util.List;

import city.civility.portal.platform.RichText;

/**
 * A side-by-side comparison of two revisions, paragraph by paragraph (title, summary,
 * then the text's paragraphs), by the longest common subsequence.
 */
public final class RevisionDiff {

    /** One row of the comparison. {@code left} or {@code right} is null where the paragraph is missing on that side. */
    public record Row(Change change, String left, String right) {
    }

    public enum Change { SAME, REMOVED, ADDED, CHANGED }

    private RevisionDiff() {
    }

    public static List<Row> between(ArticleRevision older, ArticleRevision newer) {
        return compare(paragraphs(older), paragraphs(newer));
    }

    static List<String> paragraphs(ArticleRevision r) {
        List<String> lines = new ArrayList<>();
        lines.add(r.getTitle());
        if (r.getSubtitle() != null && !r.getSubtitle().isEmpty()) {
            lines.add(r.getSubtitle());
        }
        lines.add(r.getSummary());
        for (String block : r.getBody().split("(?i)</p>|<br ?/?>|</h[1-6]>|</li>|</tr>")) {
            String text = RichText.plainText(block);
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        if (r.getPictureUrl() != null) {
            lines.add("[" + r.getPictureUrl() + "]");
        }
        r.getAttachments().forEach(file -> lines.add("[" + file.getOriginalName() + " " + file.getUrl() + "]"));
        return lines;
    }

    static List<Row> compare(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                rows.add(new Row(Change.SAME, a.get(i++), b.get(j++)));
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
                rows.add(new Row(Change.ADDED, null, b.get(j++)));
            } else {
                rows.add(new Row(Change.REMOVED, a.get(i++), null));
            }
        }
        return pairChanges(rows);
    }

    /** A removal right before an addition is one paragraph that changed: shown side by side. */
    private static List<Row> pairChanges(List<Row> rows) {
        List<Row> paired = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Row row = rows.get(k);
            if (row.change() == Change.REMOVED && k + 1 < rows.size() && rows.get(k + 1).change() == Change.ADDED) {
                paired.add(new Row(Change.CHANGED, row.left(), rows.get(++k).right()));
            } else {
                paired.add(row);
            }
        }
        return paired;
    }
}
