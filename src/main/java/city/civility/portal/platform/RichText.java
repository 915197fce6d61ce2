package city.civility.portal.platform;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * Rich text as editors write it and residents read it. Whatever HTML arrives is cut
 * down to a whitelist (formatting, headings, lists, tables, links, pictures from the
 * portal's own media library); scripts, event handlers, styles and foreign
 * images never survive. Stored HTML is always the sanitized form.
 */
public final class RichText {

    /** Pictures come only from the portal's media library. */
    private static final Pattern MEDIA_URL = Pattern.compile("^/media/[0-9A-Za-z_-]+(\\?[0-9A-Za-z=&_-]*)?$");
    /** The alignment and indent classes of the editor (Quill). */
    private static final Pattern EDITOR_CLASS = Pattern.compile("^(ql-[a-z0-9-]+)( ql-[a-z0-9-]+)*$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6",
                    "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote", "pre", "code",
                    "ul", "ol", "li", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img")
            .allowAttributes("class").matching(EDITOR_CLASS).globally()
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("^[1-9][0-9]?$")).onElements("td", "th")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(MEDIA_URL).onElements("img")
            .allowAttributes("alt", "title").onElements("img", "a")
            .allowAttributes("width", "height").matching(Pattern.compile("^[0-9]{1,4}$")).onElements("img")
            .toFactory();

    private static final Set<String> INLINE = Set.of(
            "a", "b", "strong", "em", "i", "u", "s", "sub", "sup", "span", "code", "font");

    private RichText() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The words of an HTML fragment without any markup, white space folded. */
    public static String plainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String elementName, List<String> attrs) {
                separate(elementName);
            }

            @Override
            public void closeTag(String elementName) {
                separate(elementName);
            }

            // Blocks are separated by a space; inline markup inside Chinese text is not.
            private void separate(String elementName) {
                if (!INLINE.contains(elementName)) {
                    text.append(' ');
                }
            }

            @Override
            public void text(String textChunk) {
                text.append(textChunk);
            }
        });
        return text.toString().replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
    }

    /** The first {@code max} characters of the text, ending with an ellipsis when cut. */
    public static String excerpt(String html, int max) {
        String text = plainText(html);
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
