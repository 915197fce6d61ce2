package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** Browsers revalidate cheaply (304), and what is published shows at once all the same. */
class PublicCachingIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalServer.get().url(path)));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnchangedHomePageIsA304AndAPublicationChangesItAtOnce() throws Exception {
        HttpResponse<String> first = get("/", null);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());

        HttpResponse<String> again = get("/", etag);
        assertEquals(304, again.statusCode(), "nothing changed: not modified");
        assertTrue(again.body().isEmpty());

        // Written straight to the database, as another instance of a cluster would: seen within a second.
        String title = "刚刚发布 " + UUID.randomUUID().toString().substring(0, 6);
        NewsFixtures.article(title, "news", "<p>x</p>", State.PUBLISHED);
        HttpResponse<String> after = within2Seconds(() -> get("/", etag), r -> r.statusCode() == 200);
        assertTrue(after.body().contains(title), "the new article is on the home page");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElse(""));
    }

    @Test
    void aWithdrawnArticleLeavesTheCachedChannelPageAtOnce() throws Exception {
        String title = "将被撤下 " + UUID.randomUUID().toString().substring(0, 6);
        long id = NewsFixtures.article(title, "practice", "<p>x</p>", State.PUBLISHED);
        assertTrue(get("/channel/practice", null).body().contains(title));
        assertTrue(get("/channel/practice", null).body().contains(title), "served from the cache");

        NewsFixtures.withdraw(id);
        within2Seconds(() -> get("/channel/practice", null), r -> !r.body().contains(title));
        assertEquals(410, get("/news/" + id, null).statusCode());
    }

    /** Asks again until the answer is as expected, for at most two seconds. */
    private static HttpResponse<String> within2Seconds(Request request, java.util.function.Predicate<HttpResponse<String>> expected)
            throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        HttpResponse<String> response = request.send();
        while (!expected.test(response) && System.nanoTime() < deadline) {
            response = request.send();
        }
        assertTrue(expected.test(response), "not as expected within 2 s: " + response.statusCode());
        return response;
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    @Test
    void theLanguageIsPartOfTheCacheKey() throws Exception {
        HttpResponse<String> chinese = get("/", null);
        HttpResponse<String> english = http.send(HttpRequest.newBuilder(URI.create(PortalServer.get().url("/")))
                .header("Cookie", "portal_lang=en").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(chinese.body().contains("lang=\"zh-CN\""));
        assertTrue(english.body().contains("lang=\"en\""));
    }
}
