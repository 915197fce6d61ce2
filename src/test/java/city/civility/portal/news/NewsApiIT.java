package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.NewsFixtures.State;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;

/** The public JSON API shows published articles only, and says clearly what it refuses. */
class NewsApiIT {

    private final Visitor client = new Visitor();

    @Test
    void listsAChannelsPublishedArticlesWithAbsoluteAddresses() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long published = NewsFixtures.article("通知公告 " + tag, "notices", "<p>内容</p>", State.PUBLISHED);
        NewsFixtures.article("草稿 " + tag, "notices", "<p>内容</p>", State.DRAFT);

        HttpResponse<String> list = client.get("/api/articles?channel=notices&size=100");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String body = list.body();
        assertTrue(body.contains("\"title\":\"通知公告 " + tag + "\""), body);
        assertTrue(body.contains("\"url\":\"http://localhost:8080/news/" + published + "\""), body);
        assertFalse(body.contains("草稿 " + tag), "drafts never reach the API");
    }

    @Test
    void oneArticleCarriesItsSanitizedBody() {
        long id = NewsFixtures.article("全文", "news", "<p>志愿服务<strong>进社区</strong></p>", State.PUBLISHED);
        HttpResponse<String> one = client.get("/api/articles/" + id);
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("志愿服务<strong>进社区</strong>"), one.body());
        assertTrue(one.body().contains("\"channel\":\"新闻动态\""), one.body());
    }

    @Test
    void refusalsAreJsonInTheCallersLanguage() throws Exception {
        long withdrawn = NewsFixtures.article("已撤下", "news", "<p>x</p>", State.WITHDRAWN);
        HttpResponse<String> gone = client.get("/api/articles/" + withdrawn);
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("\"error\":\"withdrawn\""), gone.body());

        HttpResponse<String> missing = client.get("/api/articles/999999999");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("没有这篇文章"), missing.body());

        HttpResponse<String> english = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(PortalServer.get().url("/api/articles?size=5000"))).header("Accept-Language", "en-GB,en;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("size between 1 and 100"), english.body());

        assertEquals(404, client.get("/api/articles?channel=no-such-channel").statusCode());
    }
}
