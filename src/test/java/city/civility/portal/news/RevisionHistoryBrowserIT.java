package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.ArticleEditorPage;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;

/** Every save is a revision; two are compared side by side; an old one comes back as a new draft. */
class RevisionHistoryBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void comparesTwoRevisionsAndRestoresTheFirst() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        new SignInPage(browser).open().signIn(StaffAccounts.create("editor", "EDITOR"), StaffAccounts.PASSWORD);
        ArticleEditorPage page = new ArticleEditorPage(browser);
        page.openNew().title("第一版标题 " + marker).channel("新闻动态").body("原来的正文。");
        page.save();
        long id = page.id();
        page.title("第二版标题 " + marker).body("修改后的正文。");
        page.save();

        browser.find(By.id("article:historyLink")).click();
        browser.await(d -> d.getCurrentUrl().contains("/admin/history.xhtml"));
        String diff = browser.text(By.cssSelector("table.diff"));
        assertTrue(diff.contains("第一版标题 " + marker) && diff.contains("第二版标题 " + marker), diff);
        assertTrue(diff.contains("原来的正文。") && diff.contains("修改后的正文。"), diff);

        browser.find(By.cssSelector("button[aria-label='恢复为新草稿 1']")).click();
        browser.await(d -> d.getCurrentUrl().contains("/admin/article.xhtml"));
        assertEquals("第一版标题 " + marker, browser.find(By.id("article:title")).getAttribute("value"));
        page.open(id);
        browser.find(By.id("article:historyLink")).click();
        assertEquals(3, browser.driver().findElements(By.cssSelector("[id='history:revisions'] tbody tr")).size(),
                "restoring adds a revision; nothing is overwritten");
    }
}
