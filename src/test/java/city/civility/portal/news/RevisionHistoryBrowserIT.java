package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.ArticleEditorPage;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;

/**
 * Every save is a revision; two are compared side by side; an old one comes back as a new draft,
 * and the audit log says which, in the reader's language.
 */
class RevisionHistoryBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void comparesTwoRevisionsAndRestoresTheFirst() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String editor = StaffAccounts.create("editor", "EDITOR");
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(editor, StaffAccounts.PASSWORD);
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

        signIn.signOut();
        signIn.open().signIn(StaffAccounts.create("admin", "ADMIN"), StaffAccounts.PASSWORD);
        browser.open("/admin/audit.xhtml");
        List<String> chinese = auditLinesOf(editor, "恢复旧版本");
        assertTrue(chinese.contains("新建稿件 | 标题：第一版标题 " + marker), chinese.toString());
        assertTrue(chinese.contains("保存稿件 | 第 2 版"), chinese.toString());
        assertTrue(chinese.contains("恢复旧版本 | 从第 1 版恢复"), chinese.toString());

        browser.find(By.cssSelector(".languages a[lang='en']")).click();
        browser.await(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
        List<String> english = auditLinesOf(editor, "Old revision restored");
        assertTrue(english.contains("Article created | Title: 第一版标题 " + marker), english.toString());
        assertTrue(english.contains("Article saved | Revision 2"), english.toString());
        assertTrue(english.contains("Old revision restored | From revision 1"), english.toString());
    }

    /** The audit page's lines of one user, each as "action | detail", once the one with this action shows. */
    private List<String> auditLinesOf(String user, String action) {
        browser.find(By.id("audit:actor")).sendKeys(user);
        browser.find(By.id("audit:filter")).click();
        browser.awaitAjax();
        return browser.await(d -> {
            List<String> lines = d.findElements(By.cssSelector("[id='audit:table'] tbody tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")))
                    .filter(cells -> cells.size() == 5)
                    .map(cells -> cells.get(2).getText() + " | " + cells.get(4).getText())
                    .toList();
            return lines.stream().anyMatch(line -> line.startsWith(action + " | ")) ? lines : null;
        });
    }
}
