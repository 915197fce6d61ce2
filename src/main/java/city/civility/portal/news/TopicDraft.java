package city.civility.portal.news;

import city.civility.portal.platform.RichText;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.Slugs;
import city.civility.portal.platform.TextLines;

/** What the topic form holds. {@link #cleaned()} checks it and returns what is stored. */
public record TopicDraft(String title, String slug, String intro, String bannerKey, boolean visible) {

    public TopicDraft cleaned() {
        String cleanTitle = TextLines.line(title);
        if (cleanTitle.isEmpty() || cleanTitle.length() > 100) {
            throw new RuleViolation("topics.title.invalid");
        }
        String cleanSlug = Slugs.require(slug);
        String cleanIntro = RichText.sanitize(intro);
        if (cleanIntro.length() > 20_000) {
            throw new RuleViolation("news.field.tooLong", 20_000);
        }
        return new TopicDraft(cleanTitle, cleanSlug, cleanIntro, bannerKey == null || bannerKey.isBlank() ? null : bannerKey, visible);
    }
}
