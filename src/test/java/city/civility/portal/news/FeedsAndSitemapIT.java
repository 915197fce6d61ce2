package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.NewsFixtures.State;
import city.civility.portal.testing.Visitor;

/** Feed readers and search engines see what residents see, and nothing more. */
class FeedsAndSitemapIT {

    private final Visitor reader = new Visitor();

    @Test
    void theSiteFeedParsesAsRss2WithTheNewestArticle() throws Exception {
        String title = "文明实践站揭牌 " + UUID.randomUUID().toString().substring(0, 6);
        long id = NewsFixtures.article(title, "practice", "<p>x</p>", State.PUBLISHED);

        HttpResponse<String> response = reader.get("/feed.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("江川市文明网", feed.getTitle());
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("the new article is in the feed"));
        assertEquals("http://localhost:8080/news/" + id, entry.getLink());
        assertTrue(entry.getPublishedDate() != null);
    }

    @Test
    void aChannelFeedHoldsOnlyThatChannel() throws Exception {
        String inChannel = "志愿者招募 " + UUID.randomUUID().toString().substring(0, 6);
        String elsewhere = "其他栏目 " + UUID.randomUUID().toString().substring(0, 6);
        NewsFixtures.article(inChannel, "volunteer", "<p>x</p>", State.PUBLISHED);
        NewsFixtures.article(elsewhere, "campaign", "<p>x</p>", State.PUBLISHED);

        SyndFeed feed = new SyndFeedInput().build(new StringReader(reader.get("/feed/volunteer.xml").body()));
        assertTrue(feed.getEntries().stream().anyMatch(e -> e.getTitle().equals(inChannel)));
        assertTrue(feed.getEntries().stream().allMatch(e -> e.getCategories().get(0).getName().equals("志愿服务")));
        assertEquals(404, reader.get("/feed/no-such-channel.xml").statusCode());
    }

    @Test
    void theSitemapListsPublishedArticlesAndNoOthers() throws InterruptedException {
        long published = NewsFixtures.article("已发布", "news", "<p>x</p>", State.PUBLISHED);
        long draft = NewsFixtures.article("草稿", "news", "<p>x</p>", State.DRAFT);
        long withdrawn = NewsFixtures.article("已撤下", "news", "<p>x</p>", State.WITHDRAWN);

        // The fixtures write to the database as another instance would: the portal's cached
        // sitemap follows within a second (PublicContentVersion), so the reader looks again until then.
        Instant deadline = Instant.now().plusSeconds(2);
        String sitemap = reader.get("/sitemap.xml").body();
        while (!sitemap.contains("/news/" + published + "<") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            sitemap = reader.get("/sitemap.xml").body();
        }
        assertTrue(sitemap.contains("<loc>http://localhost:8080/news/" + published + "</loc>"), sitemap);
        assertFalse(sitemap.contains("/news/" + draft + "<"));
        assertFalse(sitemap.contains("/news/" + withdrawn + "<"));
        assertTrue(sitemap.contains("<loc>http://localhost:8080/channel/notices</loc>"));
    }
}
