package city.civility.portal.news;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import city.civility.portal.platform.RichText;

/**
 * A side-by-side comparison of two revisions, paragraph by paragraph (title, summary,
 * then the text's paragraphs).
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

    /**
     * The rows of the comparison: paragraphs kept, removed and added, and a paragraph that
     * changed shown beside its new wording (a changed block's paragraphs side by side, in
     * order, the rest of the longer side removed or added).
     */
    static List<Row> compare(List<String> a, List<String> b) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                rows.add(new Row(Change.SAME, a.get(i), a.get(i)));
                i++;
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
                if (k < removed.size() && k < added.size()) {
                    rows.add(new Row(Change.CHANGED, removed.get(k), added.get(k)));
                } else if (k < removed.size()) {
                    rows.add(new Row(Change.REMOVED, removed.get(k), null));
                } else {
                    rows.add(new Row(Change.ADDED, null, added.get(k)));
                }
            }
            i += removed.size();
        }
        for (; i < a.size(); i++) {
            rows.add(new Row(Change.SAME, a.get(i), a.get(i)));
        }
        return rows;
    }
}
