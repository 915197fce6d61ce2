package city.civility.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** The session cookie is hard to steal, changes at sign-in, and is worthless after sign-out. */
class SessionSecurityIT {

    @Test
    void signingInIssuesANewHttpOnlySameSiteSessionCookie() {
        String name = StaffAccounts.create("session", "EDITOR");
        Visitor visitor = new Visitor();
        visitor.get("/admin/index.xhtml"); // asks for sign-in: a session holds where to return
        String before = visitor.cookie("JSESSIONID").orElseThrow().getValue();

        HttpResponse<String> signedIn = visitor.signIn(name, StaffAccounts.PASSWORD);
        assertEquals(302, signedIn.statusCode());
        List<String> setCookies = signedIn.headers().allValues("Set-Cookie");
        String session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow(
                () -> new AssertionError("no new session cookie at sign-in: " + setCookies));
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
        assertNotEquals(before, visitor.cookie("JSESSIONID").orElseThrow().getValue(), "session id changes at sign-in");
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/admin/index.xhtml"),
                "back to the page that asked for sign-in");
    }

    @Test
    void signingOutEndsTheSession() {
        String name = StaffAccounts.create("signout", "EDITOR");
        Visitor visitor = new Visitor();
        visitor.signIn(name, StaffAccounts.PASSWORD);
        HttpResponse<String> dashboard = visitor.get("/admin/index.xhtml");
        assertEquals(200, dashboard.statusCode());
        String oldSession = visitor.cookie("JSESSIONID").orElseThrow().getValue();

        HttpResponse<String> out = visitor.post("/admin/index.xhtml", Map.of(
                "signOutForm", "signOutForm",
                "signOutForm:signOut", "x",
                "jakarta.faces.ViewState", Visitor.viewState(dashboard.body())));
        assertEquals(302, out.statusCode());

        Visitor thief = new Visitor();
        thief.get("/"); // the thief has a cookie jar of their own
        HttpResponse<String> replay = thief.getWithSession("/admin/index.xhtml", oldSession);
        assertEquals(302, replay.statusCode(), "the old session id no longer signs anyone in");
        assertEquals(302, visitor.get("/admin/index.xhtml").statusCode());
    }
}
