package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.NewsFixtures.State;
import city.civility.portal.testing.Sitemaps;
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
        String sitemap = Sitemaps.all(reader);
        while (!sitemap.contains("/news/" + published + "<") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            sitemap = Sitemaps.all(reader);
        }
        assertTrue(sitemap.contains("<loc>http://localhost:8080/news/" + published + "</loc>"), sitemap);
        assertFalse(sitemap.contains("/news/" + draft + "<"));
        assertFalse(sitemap.contains("/news/" + withdrawn + "<"));
        assertTrue(sitemap.contains("<loc>http://localhost:8080/channel/notices</loc>"));
        assertTrue(sitemap.contains("<loc>http://localhost:8080/</loc>"), "the home page");
    }

    /**
     * The sitemap is an index of files of at most so many addresses each (the test server's
     * PORTAL_SITEMAP_URLS_PER_FILE, 200; 50,000 in production), which together list every
     * public address once: a few hundred articles make three files or more.
     */
    @Test
    void theSitemapIsAnIndexOfFilesThatSplitTheAddresses() throws Exception {
        List<Long> ids = NewsFixtures.published("分册 " + UUID.randomUUID().toString().substring(0, 6), "news", "<p>x</p>",
                2 * Sitemaps.URLS_PER_FILE + 50);
        String last = "http://localhost:8080/news/" + ids.get(ids.size() - 1);
        for (int attempt = 1; ; attempt++) {
            String version = reader.get("/sitemap.xml").headers().firstValue("ETag").orElse("");
            HttpResponse<String> index = reader.get("/sitemap.xml");
            List<HttpResponse<String>> files = Sitemaps.files(reader);
            List<String> urls = files.stream().flatMap(file -> Sitemaps.locations(file.body()).stream()).toList();
            if (!urls.contains(last) || !version.equals(reader.get("/sitemap.xml").headers().firstValue("ETag").orElse(""))) {
                assertTrue(attempt < 20, "the articles are in the sitemap within 2 s, of one version");
                Thread.sleep(100); // written as another instance would: seen within a second
                continue;
            }
            assertTrue(index.body().contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), index.body());
            assertTrue(files.size() >= 3, files.size() + " files");
            List<String> listed = Sitemaps.locations(index.body());
            for (int n = 1; n <= files.size(); n++) {
                HttpResponse<String> file = files.get(n - 1);
                assertEquals("http://localhost:8080/sitemap-" + n + ".xml", listed.get(n - 1));
                assertEquals(200, file.statusCode());
                assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
                assertTrue(file.body().contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
                assertEquals("public, max-age=0, s-maxage=1", file.headers().firstValue("Cache-Control").orElse(""), "kept by the page cache");
                int count = Sitemaps.locations(file.body()).size();
                assertTrue(n < files.size() ? count == Sitemaps.URLS_PER_FILE : count >= 1 && count <= Sitemaps.URLS_PER_FILE,
                        "file " + n + " of " + files.size() + ": " + count + " addresses");
            }
            assertEquals(urls.size(), Set.copyOf(urls).size(), "no address twice");
            assertEquals("http://localhost:8080/", urls.get(0), "the home page first");
            for (long id : ids) {
                assertTrue(urls.contains("http://localhost:8080/news/" + id), "article " + id);
            }
            assertEquals(404, reader.get("/sitemap-" + (files.size() + 1) + ".xml").statusCode(), "no file past the last");
            assertEquals(404, reader.get("/sitemap-0.xml").statusCode());
            assertEquals(404, reader.get("/other.xml").statusCode());
            return;
        }
    }
}
