package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** What browsers are told about every page: no sniffing, no foreign framing; admin pages never cached. */
class SecurityHeadersIT {

    @Test
    void publicPagesForbidSniffingAndForeignFraming() {
        HttpResponse<String> home = new Visitor().get("/");
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("SAMEORIGIN", home.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", home.headers().firstValue("Referrer-Policy").orElse(null));
    }

    @Test
    void adminPagesAreNeverStored() {
        Visitor editor = new Visitor();
        editor.signIn(StaffAccounts.create("headers", "EDITOR"), StaffAccounts.PASSWORD);
        HttpResponse<String> dashboard = editor.get("/admin/index.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertEquals("private, no-store", dashboard.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void everyAnswerCarriesOneContentSecurityPolicyAndEveryScriptOfAPageItsNonce() {
        long article = NewsFixtures.article("内容安全策略 " + System.nanoTime(), "news", "<p>正文</p>", NewsFixtures.State.PUBLISHED);
        Visitor visitor = new Visitor();
        Visitor editor = new Visitor();
        editor.signIn(StaffAccounts.create("csp", "EDITOR"), StaffAccounts.PASSWORD);
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("/", visitor.get("/"));
        answers.put("/ again, from the page cache", visitor.get("/"));
        answers.put("/news/" + article, visitor.get("/news/" + article));
        answers.put("/login.xhtml", visitor.get("/login.xhtml"));
        answers.put("/no-such-page (an error page)", visitor.get("/no-such-page"));
        answers.put("/feed.xml", visitor.get("/feed.xml"));
        answers.put("/admin/articles.xhtml", editor.get("/admin/articles.xhtml"));
        answers.forEach((page, answer) -> {
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), page + ": one policy, or the stricter would block the page's own scripts: " + policies);
            String policy = policies.get(0);
            String scripts = policy.replaceAll(".*script-src([^;]*);.*", "$1");
            assertTrue(policy.contains("script-src"), page + ": " + policy);
            assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), page + ": " + policy);
            assertTrue(policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'self'"), page + ": " + policy);
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
                assertTrue(nonce.find(), page + ": a JSF page names its nonce: " + policy);
                Matcher script = Pattern.compile("<script([^>]*)>").matcher(answer.body());
                int count = 0;
                while (script.find()) {
                    count++;
                    assertTrue(script.group(1).contains("nonce=\"" + nonce.group(1) + "\""), page + ": a script without the nonce: " + script.group());
                }
                assertTrue(count > 0, page + ": has scripts");
                assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(answer.body()).find(), page + ": no inline event handler");
            }
        });
    }
}
