package city.civility.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;

/** A visitor switches language; an administrator creates an editor, who then signs in. */
class StaffAndLanguageBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theHeaderFollowsTheChosenLanguageAndTheChoiceIsRemembered() {
        browser.open("/");
        assertEquals("江川市文明网", browser.text(By.cssSelector(".site-name span:last-child")));
        assertEquals("zh-CN", browser.find(By.tagName("html")).getAttribute("lang"));

        browser.find(By.cssSelector(".languages a[lang='en']")).click();
        browser.await(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
        assertEquals("Jiangchuan Civility Portal", browser.text(By.cssSelector(".site-name span:last-child")));
        assertEquals("Home", browser.text(By.cssSelector(".main-nav a")));

        browser.find(By.cssSelector(".languages a[lang='zh-TW']")).click();
        browser.await(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("zh-TW"));
        assertEquals("江川市文明網", browser.text(By.cssSelector(".site-name span:last-child")));

        browser.open("/");
        assertEquals("zh-TW", browser.find(By.tagName("html")).getAttribute("lang"), "the choice survives a new visit");
        assertEquals("首頁", browser.text(By.cssSelector(".main-nav a")));
    }

    @Test
    void anAdministratorCreatesAnEditorWhoSeesTheMenuWithoutUserManagement() {
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn("admin", PortalServer.ADMIN_PASSWORD);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/index.xhtml"), browser.driver().getCurrentUrl());
        browser.find(By.linkText("用户管理")).click();

        String username = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        browser.find(By.id("editor:username")).sendKeys(username);
        browser.find(By.id("editor:displayName")).sendKeys("张编辑");
        browser.find(By.cssSelector("label[for='editor:roles:1']")).click(); // 编辑 (EDITOR)
        browser.find(By.id("editor:save")).click();
        browser.awaitAjax();
        String temporaryPassword = browser.text(By.id("issuedPassword"));
        assertEquals(16, temporaryPassword.length(), "a generated password is shown once");
        browser.await(d -> d.findElement(By.id("users:table")).getText().contains(username));

        signIn.signOut();
        signIn.open().signIn(username, temporaryPassword);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/password.xhtml"),
                "a handed-out password must be replaced first: " + browser.driver().getCurrentUrl());
        browser.find(By.id("passwordForm:current")).sendKeys(temporaryPassword);
        browser.find(By.id("passwordForm:next")).sendKeys("Wenming-2026-chuang");
        browser.find(By.id("passwordForm:repeated")).sendKeys("Wenming-2026-chuang");
        browser.find(By.id("passwordForm:change")).click();
        browser.await(d -> d.getCurrentUrl().endsWith("/admin/index.xhtml"));

        String menu = browser.text(By.cssSelector(".admin-menu"));
        assertTrue(menu.contains("工作台"), menu);
        assertTrue(menu.contains("修改密码"), menu);
        assertFalse(menu.contains("用户管理"), "an editor has no user management entry: " + menu);
        assertFalse(menu.contains("审计日志"), menu);
        assertTrue(browser.text(By.id("welcome")).contains("张编辑"));
    }

    @Test
    void theAuditLogShowsWhatOneUserDidWhenFilteredByThatUserInTheStaffsLanguage() {
        String editor = city.civility.portal.testing.StaffAccounts.create("audited", "EDITOR");
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(editor, city.civility.portal.testing.StaffAccounts.PASSWORD);
        signIn.signOut();

        signIn.open().signIn("admin", PortalServer.ADMIN_PASSWORD);
        browser.find(By.linkText("审计日志")).click();
        browser.find(By.id("audit:actor")).sendKeys(editor);
        browser.find(By.id("audit:filter")).click();
        browser.awaitAjax();
        browser.await(d -> d.findElement(By.id("audit:table")).getText().contains("登录"));
        var actors = browser.driver().findElements(By.cssSelector("[id='audit:table'] tbody tr td:nth-child(2)"))
                .stream().map(org.openqa.selenium.WebElement::getText).toList();
        assertFalse(actors.isEmpty());
        assertTrue(actors.stream().allMatch(editor::equals), "only the chosen user's actions: " + actors);
        var subjects = browser.driver().findElements(By.cssSelector("[id='audit:table'] tbody tr td:nth-child(4)"))
                .stream().map(org.openqa.selenium.WebElement::getText).toList();
        assertTrue(subjects.stream().allMatch(s -> s.startsWith("账户 ")), "the subject in the staff's language, not a class name: " + subjects);

        // The portal's day, which other tests may have moved on: the audit log's times are its clock's.
        LocalDate today = LocalDate.ofInstant(PortalServer.get().now(), ZoneId.of("Asia/Shanghai"));
        browser.find(By.id("audit:from_input")).sendKeys(today.plusDays(2).toString(), org.openqa.selenium.Keys.ESCAPE);
        browser.find(By.id("audit:filter")).click();
        browser.awaitAjax();
        browser.await(d -> d.findElement(By.id("audit:table")).getText().contains("没有符合条件的记录"));

        var from = browser.find(By.id("audit:from_input"));
        from.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), today.minusDays(1).toString(),
                org.openqa.selenium.Keys.ESCAPE);
        browser.find(By.id("audit:filter")).click();
        browser.awaitAjax();
        browser.await(d -> d.findElement(By.id("audit:table")).getText().contains("登录"));
    }
}
