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

    @Test
    void changingOnesPasswordEndsTheAccountsOtherSessionsAndKeepsThisOne() {
        String name = StaffAccounts.create("twodesks", "EDITOR");
        Visitor office = new Visitor();
        Visitor home = new Visitor();
        office.signIn(name, StaffAccounts.PASSWORD);
        home.signIn(name, StaffAccounts.PASSWORD);
        assertEquals(200, home.get("/admin/index.xhtml").statusCode());

        HttpResponse<String> changed = changePassword(office, StaffAccounts.PASSWORD, "Another-password-77");
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(200, office.get("/admin/index.xhtml").statusCode(), "the session that changed it goes on");
        HttpResponse<String> left = home.get("/admin/index.xhtml");
        assertEquals(302, left.statusCode(), "the other session ended");
        assertTrue(left.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void aSessionLeftOpenCannotBeUsedToGuessThePassword() {
        String name = StaffAccounts.create("guessed", "EDITOR");
        Visitor open = new Visitor();
        open.signIn(name, StaffAccounts.PASSWORD);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = changePassword(open, "guess-" + i, "Another-password-77");
            assertTrue(wrong.body().contains("当前密码不正确"), wrong.statusCode() + " " + wrong.body());
        }
        HttpResponse<String> sixth = changePassword(open, StaffAccounts.PASSWORD, "Another-password-77");
        assertEquals(200, sixth.statusCode());
        assertTrue(sixth.body().contains("尝试次数过多"), "even the right one is refused now");
        assertEquals(302, new Visitor().signIn(name, StaffAccounts.PASSWORD).statusCode(), "the password is unchanged");
    }

    private static HttpResponse<String> changePassword(Visitor visitor, String current, String next) {
        HttpResponse<String> form = visitor.get("/admin/password.xhtml");
        return visitor.post("/admin/password.xhtml", Map.of(
                "passwordForm", "passwordForm",
                "passwordForm:current", current,
                "passwordForm:next", next,
                "passwordForm:repeated", next,
                "passwordForm:change", "x",
                "jakarta.faces.ViewState", Visitor.viewState(form.body())));
    }

    @Test
    void aSignInPostedByAnotherSitesPageIsRefused() {
        String attackersAccount = StaffAccounts.create("planted", "EDITOR");
        Visitor attacker = new Visitor();
        HttpResponse<String> form = attacker.get("/login.xhtml");
        // The attacker's page makes the victim's browser post the form, with everything the attacker can read from it.
        Visitor victim = new Visitor();
        HttpResponse<String> posted = victim.post("/login.xhtml", Map.of(
                "signIn", "signIn",
                "signIn:username", attackersAccount,
                "signIn:password", StaffAccounts.PASSWORD,
                "signIn:submit", "submit",
                "jakarta.faces.ViewState", Visitor.viewState(form.body()),
                "signInToken", Visitor.signInToken(form.body())));
        assertEquals(200, posted.statusCode(), "not signed in");
        assertTrue(posted.body().contains("请在本页重新输入用户名和密码登录"), posted.body());
        assertEquals(302, victim.get("/admin/index.xhtml").statusCode(), "the victim's browser is not signed in to the attacker's account");
        assertEquals(302, victim.signIn(attackersAccount, StaffAccounts.PASSWORD).statusCode(), "the form shown on the site itself signs in");
    }
}
