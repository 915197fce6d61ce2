package city.civility.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** Who may open which admin page. */
class AdminAccessIT {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/index.xhtml", "/admin/users.xhtml", "/admin/audit.xhtml", "/admin/password.xhtml"})
    void anonymousVisitorsEndAtTheSignInPage(String page) {
        Visitor visitor = new Visitor();
        HttpResponse<String> response = visitor.get(page);
        assertEquals(302, response.statusCode(), page);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/login.xhtml"), location);
        assertTrue(visitor.get("/login.xhtml").body().contains("工作人员登录"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users.xhtml", "/admin/audit.xhtml", "/admin/goodpeople.xhtml", "/admin/nomination.xhtml?id=1", "/admin/words.xhtml"})
    void anEditorIsRefusedTheAdministratorsAndReviewersPagesWith403(String page) {
        Visitor editor = new Visitor();
        String name = StaffAccounts.create("editor", "EDITOR");
        assertEquals(302, editor.signIn(name, StaffAccounts.PASSWORD).statusCode());

        HttpResponse<String> response = editor.get(page);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("没有权限"), response.body());
        assertFalse(response.body().contains("Exception:"), "no stack trace");
    }

    @Test
    void anEditorSeesTheDashboardWithoutTheUserManagementEntry() {
        Visitor editor = new Visitor();
        String name = StaffAccounts.create("editor", "EDITOR");
        editor.signIn(name, StaffAccounts.PASSWORD);

        HttpResponse<String> dashboard = editor.get("/admin/index.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("编辑"), "the dashboard names the editor role");
        assertFalse(dashboard.body().contains("/admin/users.xhtml"), "no link to user management");
    }

    @Test
    void onlyAnAdministratorIsOfferedTheImportFolderOnTheArticleList() {
        Visitor admin = new Visitor();
        admin.signIn(StaffAccounts.create("admin", "ADMIN"), StaffAccounts.PASSWORD);
        assertTrue(admin.get("/admin/articles.xhtml").body().contains("id=\"articles:import\""), "the test server has an import folder");
        Visitor editor = new Visitor();
        editor.signIn(StaffAccounts.create("editor", "EDITOR"), StaffAccounts.PASSWORD);
        assertFalse(editor.get("/admin/articles.xhtml").body().contains("articles:import"));
    }

    @Test
    void anAdministratorOpensUserManagement() {
        Visitor admin = new Visitor();
        String name = StaffAccounts.create("admin", "ADMIN");
        admin.signIn(name, StaffAccounts.PASSWORD);

        HttpResponse<String> users = admin.get("/admin/users.xhtml");
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains(name), "the lazy table lists the new administrator");
    }

    @Test
    void onlyAnAdministratorMayMoveTheTestClockEvenWhereItIsOn() {
        Instant before = PortalServer.get().advanceClock(Duration.ZERO);
        HttpResponse<String> anonymous = new Visitor().post("/api/test/clock?advance=PT240H", Map.of());
        assertEquals(302, anonymous.statusCode(), "sent to the sign-in");
        Visitor editor = new Visitor();
        editor.signIn(StaffAccounts.create("editor", "EDITOR"), StaffAccounts.PASSWORD);
        assertEquals(403, editor.post("/api/test/clock?advance=PT240H", Map.of()).statusCode());
        Instant after = PortalServer.get().advanceClock(Duration.ZERO);
        assertTrue(Duration.between(before, after).compareTo(Duration.ofHours(1)) < 0, "the clock did not move ten days: " + before + " -> " + after);
    }
}
