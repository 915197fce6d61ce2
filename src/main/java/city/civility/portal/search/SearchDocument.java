package city.civility.portal.search;

import java.time.Instant;
import java.util.List;

/**
 * One public thing as the index holds it. {@code type} says what it is ("article"; later
 * good people, candidates, ads, cases); {@code body} is plain text (HTML stripped);
 * {@code url} is the site-relative address; channel may be null for things outside channels.
 */
public record SearchDocument(String type, long id, String title, String summary, String body,
                             String channel, String channelName, List<String> tags, Instant publishedAt, String url) {

    /** The key a document is replaced or removed by. */
    public String key() {
        return key(type, id);
    }

    static String key(String type, long id) {
        return type + ":" + id;
    }
}
