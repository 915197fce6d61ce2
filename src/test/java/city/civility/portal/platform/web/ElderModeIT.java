package city.civility.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.Visitor;

/** The 长辈版 switch (/mode) and the page cache: the mode is the visitor's cookie and the site's CSS, never a page of its own. */
class ElderModeIT {

    @Test
    void theSwitchRemembersTheModeInACookieThePagesScriptCanReadAndComesBack() {
        Visitor visitor = new Visitor();
        HttpResponse<String> on = visitor.get("/mode?to=elder&next=%2Fchannel%2Fnews%3Fpage%3D2");
        assertEquals(302, on.statusCode());
        assertTrue(on.headers().firstValue("Location").orElseThrow().endsWith("/channel/news?page=2"), "back to the page");
        assertEquals("private, no-store", on.headers().firstValue("Cache-Control").orElseThrow());
        String cookie = setCookie(on);
        assertTrue(cookie.startsWith("portal_mode=elder;"), cookie);
        assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), cookie);
        assertFalse(cookie.toLowerCase().contains("httponly"), "public.js reads it: " + cookie);

        visitor.get("/mode?to=elder-dark&next=/");
        assertEquals("elder-dark", visitor.cookie("portal_mode").orElseThrow().getValue(), "the second colour scheme");

        HttpResponse<String> off = visitor.get("/mode?to=standard&next=/");
        assertTrue(setCookie(off).contains("Max-Age=0"), "switched off, the cookie is gone: " + setCookie(off));
        assertTrue(visitor.cookie("portal_mode").isEmpty());
    }

    @Test
    void theSwitchGoesBackOnlyToThisSiteAndIgnoresModesItDoesNotKnow() {
        Visitor visitor = new Visitor();
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
            HttpResponse<String> answer = visitor.get("/mode?to=elder&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            String location = answer.headers().firstValue("Location").orElseThrow();
            assertFalse(location.contains("evil.example"), next + " went to " + location);
        }
        HttpResponse<String> unknown = new Visitor().get("/mode?to=%3Cscript%3E&next=/");
        assertEquals(302, unknown.statusCode());
        assertTrue(unknown.headers().allValues("Set-Cookie").isEmpty(), "no cookie for a mode the portal does not have");
    }

    /** The bytes of a kept page carry the nonce of the rendering they came from: the same bytes are the kept copy. */
    @Test
    void aCachedArticleIsAnsweredFromThePageCacheWithTheModeOnAsWithItOff() {
        long article = NewsFixtures.article("长辈版缓存示范" + System.nanoTime() % 1_000_000, "news", "<p>缓存的页面对每位读者都一样。</p>",
                NewsFixtures.State.PUBLISHED);
        String page = "/news/" + article;
        Visitor elder = new Visitor();
        elder.get("/mode?to=elder&next=" + page);
        HttpResponse<String> plain;
        HttpResponse<String> inMode;
        int tries = 0;
        do {
            // Another change of public content between the two readings makes a new copy (a new ETag): read both again.
            plain = new Visitor().get(page);
            inMode = elder.get(page);
            tries++;
        } while (!plain.headers().firstValue("ETag").equals(inMode.headers().firstValue("ETag")) && tries < 5);
        assertEquals(200, plain.statusCode());
        assertEquals(200, inMode.statusCode());
        assertTrue(plain.body().contains("nonce"), "a rendering has its own nonce, so a new rendering would be other bytes");
        assertArrayEquals(plain.body().getBytes(StandardCharsets.UTF_8), inMode.body().getBytes(StandardCharsets.UTF_8),
                "the same bytes as without the mode: the kept copy");
        assertEquals(plain.headers().firstValue("ETag"), inMode.headers().firstValue("ETag"));
        assertEquals(plain.headers().firstValue("Content-Security-Policy"), inMode.headers().firstValue("Content-Security-Policy"),
                "the kept copy's policy, with its rendering's nonce");
        assertEquals("public, max-age=0, s-maxage=1", inMode.headers().firstValue("Cache-Control").orElseThrow(), "still shared");
        assertTrue(inMode.headers().allValues("Set-Cookie").isEmpty());
    }

    private static String setCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal_mode=")).findFirst()
                .orElseThrow(() -> new AssertionError("no portal_mode cookie in " + answer.headers().map()));
    }
}
