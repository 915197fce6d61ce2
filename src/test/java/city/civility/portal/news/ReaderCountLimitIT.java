package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.NewsFixtures.State;
import city.civility.portal.testing.Visitor;

/** The reader count cannot be pumped up by one address: after 60 a minute it says when to try again, in the reader's language. */
class ReaderCountLimitIT {

    @Test
    void oneAddressCountsSixtyTimesAMinuteAndIsThenToldWhenToTryAgain() {
        long id = NewsFixtures.article("限流测试 " + System.nanoTime(), "news", "<p>x</p>", State.PUBLISHED);
        long other = NewsFixtures.article("限流测试另一篇 " + System.nanoTime(), "news", "<p>x</p>", State.PUBLISHED);
        // Behind the trusted proxy; what the client wrote itself on the left changes nothing.
        Visitor pumper = new Visitor().sending("X-Forwarded-For", "203.0.113.9");
        for (int i = 1; i <= 60; i++) {
            HttpResponse<String> counted = pumper.post("/api/articles/" + id + "/views", Map.of());
            assertEquals(200, counted.statusCode(), counted.body());
            assertTrue(counted.body().contains("\"views\":" + i), counted.body());
        }
        HttpResponse<String> refused = pumper.post("/api/articles/" + id + "/views", Map.of());
        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains("\"error\":\"too_many_requests\"") && refused.body().contains("秒后再试"), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        pumper.sending("X-Forwarded-For", "192.0.2.1, 203.0.113.9").sending("Accept-Language", "en");
        HttpResponse<String> inEnglish = pumper.post("/api/articles/" + id + "/views", Map.of());
        assertEquals(429, inEnglish.statusCode(), "an address written by the client does not escape the limit");
        assertTrue(inEnglish.body().contains("try again in"), inEnglish.body());

        Visitor neighbour = new Visitor().sending("X-Forwarded-For", "203.0.113.10");
        assertTrue(neighbour.post("/api/articles/" + id + "/views", Map.of()).body().contains("\"views\":61"),
                "the refused attempts were not counted, and another address counts");
        assertEquals(200, pumper.post("/api/articles/" + other + "/views", Map.of()).statusCode(), "the limit is per article");
    }

    @Test
    void anotherSitesPageCannotCountOnItsVisitorsBehalf() {
        long id = NewsFixtures.article("跨站计数 " + System.nanoTime(), "news", "<p>x</p>", State.PUBLISHED);
        Visitor reader = new Visitor().sending("X-Forwarded-For", "203.0.113.40");
        assertTrue(reader.post("/api/articles/" + id + "/views", Map.of()).body().contains("\"views\":1"));

        HttpResponse<String> fromElsewhere = new Visitor().sending("X-Forwarded-For", "203.0.113.41").sending("Sec-Fetch-Site", "cross-site")
                .post("/api/articles/" + id + "/views", Map.of());
        assertEquals(403, fromElsewhere.statusCode());
        assertTrue(fromElsewhere.body().contains("只由本站页面计数"), fromElsewhere.body());
        HttpResponse<String> olderBrowser = new Visitor().sending("X-Forwarded-For", "203.0.113.42").sending("Origin", "https://counter.example")
                .post("/api/articles/" + id + "/views", Map.of());
        assertEquals(403, olderBrowser.statusCode(), "an older browser names only the Origin");

        assertTrue(reader.sending("Sec-Fetch-Site", "same-origin").post("/api/articles/" + id + "/views", Map.of()).body().contains("\"views\":2"),
                "the refused ones were not counted; the site's own page still counts");
    }

    @Test
    void oneAddressCountsSixHundredReadingsAnHourOverAllArticles() {
        Visitor pumper = new Visitor().sending("X-Forwarded-For", "203.0.113.77");
        for (int article = 0; article < 10; article++) {
            long id = NewsFixtures.article("总量限流 " + article + " " + System.nanoTime(), "news", "<p>x</p>", State.PUBLISHED);
            for (int i = 0; i < 60; i++) {
                assertEquals(200, pumper.post("/api/articles/" + id + "/views", Map.of()).statusCode());
            }
        }
        long eleventh = NewsFixtures.article("总量限流 第十一篇 " + System.nanoTime(), "news", "<p>x</p>", State.PUBLISHED);
        HttpResponse<String> refused = pumper.post("/api/articles/" + eleventh + "/views", Map.of());
        assertEquals(429, refused.statusCode(), "the 601st reading of the hour, on an article it never read");
        assertTrue(new Visitor().sending("X-Forwarded-For", "203.0.113.78").post("/api/articles/" + eleventh + "/views", Map.of()).body()
                .contains("\"views\":1"), "another address counts, and the refused reading was not counted");
    }
}
