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
}
