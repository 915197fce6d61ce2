package city.civility.portal.news;

import java.util.Arrays;
import java.util.List;

import city.civility.portal.platform.RichText;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/**
 * What an editor fills in. {@link #cleaned()} checks it and returns the form that is
 * stored: trimmed, control characters removed, the body sanitized, a summary made
 * from the body when none was given.
 */
public record ArticleDraft(long channelId, String title, String subtitle, String summary, String body,
                           String author, String source, String tags, boolean pinned, boolean headline,
                           String coverKey, List<String> attachmentKeys) {

    static final int SUMMARY_LENGTH = 120;
    static final int MAX_ATTACHMENTS = 20;
    /**
     * The body's length with its markup: a long report is some 50,000. Checked before the
     * sanitizer and the revision comparison, which would otherwise work through whatever is sent.
     */
    static final int MAX_BODY_LENGTH = 300_000;

    /** Content without a chosen cover picture or attachments (imports, tests). */
    public ArticleDraft(long channelId, String title, String subtitle, String summary, String body,
                        String author, String source, String tags, boolean pinned, boolean headline) {
        this(channelId, title, subtitle, summary, body, author, source, tags, pinned, headline, null, List.of());
    }

    public ArticleDraft cleaned() {
        String cleanTitle = required(line(title, 200), "news.title.required");
        if (body != null && body.length() > MAX_BODY_LENGTH) {
            throw new RuleViolation("news.body.tooLong", MAX_BODY_LENGTH, body.length());
        }
        String cleanBody = RichText.sanitize(body);
        if (RichText.plainText(cleanBody).isEmpty() && !cleanBody.contains("<img")) {
            throw new RuleViolation("news.body.required");
        }
        String cleanSummary = line(summary, 500);
        if (cleanSummary.isEmpty()) {
            cleanSummary = RichText.excerpt(cleanBody, SUMMARY_LENGTH);
        }
        List<String> attachments = attachmentKeys == null ? List.of() : attachmentKeys.stream().distinct().toList();
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new RuleViolation("news.attachments.tooMany", MAX_ATTACHMENTS);
        }
        return new ArticleDraft(channelId, cleanTitle, line(subtitle, 200), cleanSummary, cleanBody,
                line(author, 100), line(source, 100), tags(tags), pinned, headline,
                coverKey == null || coverKey.isBlank() ? null : coverKey, attachments);
    }

    /** One line of plain text ({@link TextLines#line}); too long is refused. */
    private static String line(String value, int max) {
        String clean = TextLines.line(value);
        if (clean.length() > max) {
            throw new RuleViolation("news.field.tooLong", max);
        }
        return clean;
    }

    private static String required(String value, String messageKey) {
        if (value.isEmpty()) {
            throw new RuleViolation(messageKey);
        }
        return value;
    }

    /** Tags separated by commas (either width), spaces or 、; duplicates dropped. */
    private static String tags(String value) {
        return String.join(",", Arrays.stream(line(value, 300).split("[,，、\\s]+"))
                .filter(t -> !t.isBlank()).distinct().toList());
    }
}
