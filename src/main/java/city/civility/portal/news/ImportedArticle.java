package city.civility.portal.news;

import java.time.Instant;
import java.util.List;

/**
 * An article from outside the editorial workflow (a text import, the demo content),
 * identified by {@code key} so that it is added only once.
 */
public record ImportedArticle(String key, String channelSlug, String title, List<String> paragraphs, String pictureUrl,
                              String source, String author, boolean pinned, boolean headline, Instant publishedAt) {

    /** The paragraphs as HTML, text escaped, with the picture (if any) first. */
    String bodyHtml() {
        StringBuilder html = new StringBuilder();
        if (pictureUrl != null) {
            html.append("<p><img src=\"").append(pictureUrl).append("\" alt=\"").append(escape(title)).append("\" /></p>");
        }
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return html.toString();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
