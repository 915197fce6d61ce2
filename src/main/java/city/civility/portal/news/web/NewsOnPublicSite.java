package city.civility.portal.news.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.news.Article;
import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;
import city.civility.portal.news.Topic;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.publicsite.PublicContribution;

/** What news offers the public site: its pages, feeds and API to the page cache, channels and topics to the menu and sitemap. */
@ApplicationScoped
public class NewsOnPublicSite implements PublicContribution {

    private static final List<CacheablePages> CACHEABLE = List.of(
            new CacheablePages("/news/[0-9]{1,18}|/topics|/feed/[a-z0-9-]{1,64}\\.xml|/api/articles/[0-9]{1,18}"),
            new CacheablePages("/channel/[a-z0-9-]{1,64}|/topic/[a-z0-9-]{1,64}", "page"),
            new CacheablePages("/api/articles", "channel", "page", "size"));

    @Inject
    PublicNews news;

    @Override
    public List<CacheablePages> cacheablePages() {
        return CACHEABLE;
    }

    @Override
    public List<SitemapPart> sitemap() {
        List<SitemapEntry> lists = new ArrayList<>();
        for (Channel channel : news.channels()) {
            lists.add(new SitemapEntry("/channel/" + channel.getSlug(), null));
        }
        lists.add(new SitemapEntry("/topics", null));
        for (Topic topic : news.topics(Integer.MAX_VALUE)) {
            lists.add(new SitemapEntry("/topic/" + topic.getSlug(), topic.getChangedAt()));
        }
        return List.of(SitemapPart.of(lists), new SitemapPart() {
            @Override
            public long size() {
                return news.count(null);
            }

            @Override
            public List<SitemapEntry> entries(long first, int max) {
                return news.published(Math.toIntExact(first), max).stream()
                        .map(article -> new SitemapEntry("/news/" + article.id(), article.lastModified())).toList();
            }
        });
    }

    @Override
    public List<MenuEntry> menu(Locale language) {
        List<MenuEntry> entries = new ArrayList<>();
        for (Channel channel : news.channels()) {
            entries.add(new MenuEntry("/channel/" + channel.getSlug(), channel.getName()));
        }
        entries.add(new MenuEntry("/topics", Texts.get(language, "nav.topics"), Pattern.compile("/topics|/topic/.*")));
        return entries;
    }

    @Override
    public List<FeedItem> newest(int max) {
        return news.latest(null, 0, max).stream().map(NewsOnPublicSite::feedItem).toList();
    }

    static FeedItem feedItem(Article article) {
        return new FeedItem(article.getPublishedRevision().getTitle(), "/news/" + article.getId(), article.getPublishedRevision().getSummary(),
                article.getChannel().getName(), article.getFirstPublishedAt());
    }

    /** First after the home page: news is what the site mostly is. */
    @Override
    public int menuOrder() {
        return 100;
    }
}
