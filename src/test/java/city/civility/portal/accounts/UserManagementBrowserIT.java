package city.civility.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.Visitor;

/** An administrator manages staff accounts; bad input is refused clearly and stores nothing. */
class UserManagementBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void signInAsAdministrator() {
        new SignInPage(browser).open().signIn("admin", PortalServer.ADMIN_PASSWORD);
        browser.open("/admin/users.xhtml");
    }

    @Test
    void anInvalidOrTakenUserNameIsRefusedWithAMessageAndNothingIsStored() throws SQLException {
        createUser("Bad Name!", "坏名字");
        assertTrue(messages().contains("用户名须为 3 至 32 个字符"), messages());
        assertEquals(0, count("SELECT COUNT(*) FROM staff_user WHERE display_name = '坏名字'"));
        assertEquals("Bad Name!", browser.find(By.id("editor:username")).getAttribute("value"), "what was typed is kept");

        String username = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "第一位");
        browser.find(By.id("issuedPassword"));
        createUser(username, "第二位");
        assertTrue(messages().contains("用户名 " + username + " 已被使用"), messages());
        assertEquals(0, count("SELECT COUNT(*) FROM staff_user WHERE display_name = '第二位'"));
    }

    @Test
    void aResetPasswordMustBeReplacedAndADisabledUserIsSignedOutAndRefused() throws SQLException {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        String first = createUser(username, "李审核");

        findUser(username);
        rowAction(username, "重置密码");
        String second = browser.await(d -> {
            String shown = d.findElement(By.id("issuedPassword")).getText();
            return shown.equals(first) ? null : shown;
        });
        assertNotEquals(first, second);

        Visitor staff = new Visitor();
        assertEquals(200, staff.signIn(username, first).statusCode(), "the old password no longer signs in");
        assertEquals(302, staff.signIn(username, second).statusCode());
        HttpResponse<String> anyPage = staff.get("/admin/index.xhtml");
        assertTrue(anyPage.headers().firstValue("Location").orElse("").endsWith("/admin/password.xhtml"),
                "must choose a new password first");

        findUser(username);
        rowAction(username, "停用");
        browser.await(d -> d.findElement(By.id("users:table")).getText().contains("已停用"));

        HttpResponse<String> afterDisable = staff.get("/admin/index.xhtml");
        assertTrue(afterDisable.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                "a disabled user's open session ends");
        assertTrue(new Visitor().signIn(username, second).body().contains("用户名或密码不正确"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry a JOIN staff_user u ON a.target_id = CAST(u.id AS VARCHAR(64)) "
                + "WHERE u.username = '" + username + "' AND a.action = 'account.disabled' AND a.actor = 'admin'"));
    }

    @Test
    void takingARoleAwayEndsTheUsersOpenSession() {
        String username = StaffAccounts.create("deputy", "ADMIN", "EDITOR");
        Visitor deputy = new Visitor();
        assertEquals(302, deputy.signIn(username, StaffAccounts.PASSWORD).statusCode());
        assertEquals(200, deputy.get("/admin/users.xhtml").statusCode(), "an administrator manages users");

        findUser(username);
        browser.find(By.cssSelector("button[aria-label='编辑 " + username + "']")).click();
        browser.awaitAjax();
        browser.find(By.cssSelector("label[for='editor:roles:0']")).click(); // 管理员 (ADMIN) off; 编辑 stays
        browser.find(By.id("editor:save")).click();
        browser.awaitAjax();

        HttpResponse<String> next = deputy.get("/admin/users.xhtml");
        assertEquals(302, next.statusCode(), "no longer an administrator: not even for the rest of this session");
        assertTrue(next.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(302, deputy.signIn(username, StaffAccounts.PASSWORD).statusCode());
        assertEquals(403, deputy.get("/admin/users.xhtml").statusCode(), "signed in again, with the roles they have now");
    }

    private String createUser(String username, String displayName) {
        browser.find(By.id("users:new")).click();
        browser.awaitAjax();
        browser.find(By.id("editor:username")).sendKeys(username);
        browser.find(By.id("editor:displayName")).sendKeys(displayName);
        browser.find(By.cssSelector("label[for='editor:roles:2']")).click(); // 审核员 (REVIEWER)
        browser.find(By.id("editor:save")).click();
        browser.awaitAjax();
        return browser.driver().findElements(By.id("issuedPassword")).stream().findFirst().map(e -> e.getText()).orElse(null);
    }

    private void findUser(String username) {
        var search = browser.find(By.id("users:search"));
        search.clear();
        search.sendKeys(username);
        browser.find(By.id("users:find")).click();
        browser.awaitAjax();
        browser.await(d -> d.findElements(By.cssSelector("[id='users:table'] tbody tr")).size() == 1);
    }

    private void rowAction(String username, String action) {
        browser.find(By.cssSelector("button[aria-label='" + action + " " + username + "']")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.awaitAjax();
    }

    private String messages() {
        return browser.text(By.id("messages"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = PortalServer.get().database(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
