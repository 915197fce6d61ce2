package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.ArticleEditorPage;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;

/**
 * Script, event-handler and javascript: payloads in every field of an article never
 * run on the public pages: checked in the browser, where they would run.
 */
class HostileContentBrowserIT {

    private static final String SCRIPT = "<script>window.__xss='script'</script>";
    private static final String HANDLER = "<img src=x onerror=\"window.__xss='handler'\">";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void noPayloadRunsOnTheArticleHomeOrChannelPage() {
        String editor = StaffAccounts.create("editor", "EDITOR");
        String reviewer = StaffAccounts.create("reviewer", "REVIEWER");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        SignInPage signIn = new SignInPage(browser);
        ArticleEditorPage page = new ArticleEditorPage(browser);

        signIn.open().signIn(editor, StaffAccounts.PASSWORD);
        page.openNew().title("标题" + marker + SCRIPT).channel("通知公告")
                .field("subtitle", "副标题" + HANDLER)
                .field("summary", "摘要" + SCRIPT + HANDLER)
                .field("author", "作者" + HANDLER)
                .field("source", "来源" + SCRIPT)
                .field("tags", "标签" + HANDLER)
                .body("正文")
                .rawBody("<p>正文" + marker + "</p>" + SCRIPT + HANDLER
                        + "<a href=\"javascript:window.__xss='link'\" id=\"evil\">点我</a>"
                        + "<p onmouseover=\"window.__xss='hover'\">悬停</p>"
                        + "<iframe src=\"javascript:window.top.__xss='frame'\"></iframe>"
                        + "<svg onload=\"window.__xss='svg'\"></svg>");
        page.save();
        long id = page.id();
        page.submit();
        signIn.signOut();
        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        page.open(id).approve(null);
        assertEquals("已发布", page.status());

        browser.open("/news/" + id);
        String channelPage = browser.find(By.cssSelector(".breadcrumbs a:last-child")).getAttribute("href");
        for (String path : new String[] {"/news/" + id, "/", channelPage.substring(channelPage.indexOf("/channel/"))}) {
            browser.open(path);
            browser.await(d -> d.getPageSource().contains("标题" + marker));
            assertNull(browser.script("return window.__xss;"), path + ": a payload ran");
            assertEquals(0L, browser.script("return document.querySelectorAll('main script, main iframe, main svg').length;"), path);
            assertEquals(0L, browser.script("return Array.from(document.querySelectorAll('main *')).filter("
                    + "e => Array.from(e.attributes).some(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))).length;"), path);
        }
        browser.open("/news/" + id);
        assertTrue(browser.text(By.cssSelector(".article h1")).contains("<script>"), "the title shows the text that was typed, harmlessly");
        if (!browser.driver().findElements(By.linkText("点我")).isEmpty()) {
            browser.driver().findElement(By.linkText("点我")).click();
        }
        browser.find(By.cssSelector(".article-body p")).click();
        assertNull(browser.script("return window.__xss;"), "clicking and hovering run nothing either");
    }
}
