package city.civility.portal.platform.moderation;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.platform.moderation.WordScanner.Finding;

/**
 * What moderators should look at twice in residents' texts ({@link WordScanner}), for every
 * feature's moderation page. The maintained list takes a second and about 50 MB to load, so
 * it is loaded when a moderator first needs it, not at start-up; it is built again when
 * the office's lists have changed (on this instance or another).
 */
@ApplicationScoped
public class SensitiveWords {

    @Inject
    WordLists lists;

    private volatile WordScanner scanner;

    /** The findings in a text, in order. */
    public List<Finding> find(String text) {
        return scanner().find(text);
    }

    /** The distinct words and numbers found, for a list beside the text. */
    public List<String> found(String text) {
        return find(text).stream().map(Finding::text).distinct().toList();
    }

    /** The text as HTML, escaped, with each finding marked ({@code <mark>}), for the moderator's page. */
    public String highlighted(String text) {
        return text == null ? "" : marked(text, find(text));
    }

    static String marked(String text, List<Finding> findings) {
        StringBuilder html = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Finding finding : findings) {
            if (finding.start() < at) {
                continue; // overlapping findings: the first one is marked
            }
            escape(text.substring(at, finding.start()), html);
            html.append("<mark>");
            escape(finding.text(), html);
            html.append("</mark>");
            at = finding.end();
        }
        escape(text.substring(at), html);
        return html.toString();
    }

    private WordScanner scanner() {
        Set<String> allow = lists.words(WordLists.Kind.ALLOW);
        Set<String> deny = lists.words(WordLists.Kind.DENY);
        WordScanner current = scanner;
        if (current == null || !current.isFor(allow, deny)) {
            synchronized (this) {
                current = scanner;
                if (current == null || !current.isFor(allow, deny)) {
                    current = new WordScanner(allow, deny);
                    scanner = current;
                }
            }
        }
        return current;
    }

    static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
