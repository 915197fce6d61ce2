package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.Visitor;

/** Errors answer in the visitor's language and give nothing away about the server. */
class ErrorPagesIT {

    @Test
    void anUnknownPageIsA404InSimplifiedChineseByDefault() {
        HttpResponse<String> response = new Visitor().get("/no-such-page-" + System.nanoTime() + ".xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("页面不存在"), response.body());
        assertTrue(response.body().contains("lang=\"zh-CN\""));
        assertNothingLeaks(response.body());
        assertTrue(response.headers().firstValue("Server").isEmpty(), "no Server header naming the software");
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
    }

    @Test
    void theErrorPageFollowsTheChosenLanguage() {
        Visitor visitor = new Visitor();
        visitor.chooseLanguage("en");
        HttpResponse<String> english = visitor.get("/missing-" + System.nanoTime());
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("Page not found"), english.body());
        assertTrue(english.body().contains("lang=\"en\""));

        visitor.chooseLanguage("zh-TW");
        HttpResponse<String> traditional = visitor.get("/missing-" + System.nanoTime());
        assertTrue(traditional.body().contains("頁面不存在"), traditional.body());
    }

    @Test
    void aStaleFormIsAnsweredWithTheExpiredPageNotAStackTrace() {
        // A postback to an admin page with a view state the server never issued (or has forgotten).
        Visitor admin = new Visitor();
        admin.signIn(city.civility.portal.testing.StaffAccounts.create("stale", "EDITOR"),
                city.civility.portal.testing.StaffAccounts.PASSWORD);
        HttpResponse<String> response = admin.post("/admin/index.xhtml", java.util.Map.of(
                "signOutForm", "signOutForm", "signOutForm:signOut", "x", "jakarta.faces.ViewState", "-123:456"));
        assertTrue(response.body().contains("页面已过期"), response.body());
        assertNothingLeaks(response.body());
    }

    @Test
    void theLanguageSwitchNeverRedirectsToAnotherSite() {
        HttpResponse<String> response = new Visitor().get("/language?to=en&next=//evil.example/");
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertFalse(location.contains("evil.example"), location);
    }

    private static void assertNothingLeaks(String body) {
        assertFalse(body.contains("Exception:"), body);
        assertFalse(body.contains("Caused by"), body);
        assertFalse(body.contains(".java:"), body);
        assertFalse(body.toLowerCase().contains("payara"), body);
        assertFalse(body.toLowerCase().contains("glassfish"), body);
    }
}
