package city.civility.portal.news.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.Article;
import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;

/** The home page: headlines, then the newest articles of every channel. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    PublicNews news;

    /** A channel with its newest articles. */
    public record Section(Channel channel, List<Article> articles) {
    }

    private List<Article> headlines;
    private List<Section> sections;

    // The page asks for each list more than once while rendering; it is read once.
    public List<Article> getHeadlines() {
        if (headlines == null) {
            headlines = news.headlines(5);
        }
        return headlines;
    }

    public List<Section> getSections() {
        if (sections == null) {
            sections = news.channels().stream().map(c -> new Section(c, news.latest(c, 0, 6))).toList();
        }
        return sections;
    }
}
