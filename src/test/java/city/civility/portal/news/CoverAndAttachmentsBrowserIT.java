package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.ArticleEditorPage;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/** An article's cover picture and attachments go through review with it and reach residents. */
class CoverAndAttachmentsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void coverAndAttachmentReachResidentsAfterReview() throws Exception {
        String editor = StaffAccounts.create("editor", "EDITOR");
        String reviewer = StaffAccounts.create("reviewer", "REVIEWER");
        String title = "关于文明单位复查的通知 " + UUID.randomUUID().toString().substring(0, 6);
        SignInPage signIn = new SignInPage(browser);
        ArticleEditorPage page = new ArticleEditorPage(browser);

        signIn.open().signIn(editor, StaffAccounts.PASSWORD);
        page.openNew().title(title).channel("通知公告").body("复查工作安排见附件。");
        long storedBefore = mediaFiles();
        page.cover(TestFiles.pdf("不是图片.pdf"));
        assertTrue(page.messages().contains("这里只能上传图片"), "a document is no cover: " + page.messages());
        assertEquals(storedBefore, mediaFiles(), "and it is not stored either");
        page.cover(TestFiles.png("封面.png", 800, 450))
                .attach(TestFiles.pdf("复查工作安排.pdf"));
        page.attach(TestFiles.htmlNamedJpg());
        assertTrue(page.messages().contains("实际内容不是其中任何一种"), "a fake file is refused with a reason: " + page.messages());
        assertEquals(1, browser.driver().findElements(By.cssSelector("[id='article:attachmentsPanel'] .attachment-name")).size(),
                "and not attached");
        page.save();
        long id = page.id();
        page.submit();
        signIn.signOut();

        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        page.open(id);
        assertEquals("复查工作安排.pdf", browser.text(By.cssSelector("[id='article:attachmentsPanel'] .attachment-name")),
                "the reviewer sees what will be offered for download");
        page.approve(null);
        assertEquals("已发布", page.status(), page.messages());

        Visitor resident = new Visitor();
        browser.open("/news/" + id);
        WebElement download = browser.find(By.cssSelector(".attachments a"));
        assertEquals("复查工作安排.pdf", download.getText());
        HttpResponse<String> file = resident.get(download.getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(file.body().startsWith("%PDF-"));

        String cover = browser.find(By.cssSelector("meta[property='og:image']")).getAttribute("content");
        assertTrue(cover.matches(".*/media/[A-Za-z0-9_-]{22}"), "shared with its cover picture: " + cover);
        assertEquals(200, resident.get(cover.replaceFirst("^https?://[^/]+", "")).statusCode());
        String api = resident.get("/api/articles/" + id).body();
        assertTrue(api.contains("复查工作安排.pdf") && api.contains(cover), api);
    }

    private static long mediaFiles() throws SQLException {
        try (Connection c = PortalServer.get().database();
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM media_file")) {
            r.next();
            return r.getLong(1);
        }
    }
}
