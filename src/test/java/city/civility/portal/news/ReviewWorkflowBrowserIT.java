package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.ArticleEditorPage;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/** An article goes from an editor through a reviewer to the public, on schedule. */
class ReviewWorkflowBrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void sentBackFixedResubmittedAndPublishedOnScheduleNotBefore() throws Exception {
        String editor = StaffAccounts.create("editor", "EDITOR");
        String reviewer = StaffAccounts.create("reviewer", "REVIEWER");
        String title = "志愿服务进社区 " + UUID.randomUUID().toString().substring(0, 6);
        SignInPage signIn = new SignInPage(browser);
        ArticleEditorPage page = new ArticleEditorPage(browser);

        signIn.open().signIn(editor, StaffAccounts.PASSWORD);
        page.openNew().title(title + "（初稿）").channel("志愿服务").body("周末，志愿者走进社区开展文明劝导。")
                .insertPicture(TestFiles.png("社区活动.png", 640, 480));
        page.save();
        long id = page.id();
        assertEquals("草稿", page.status());
        page.submit();
        assertEquals("待审核", page.status());
        signIn.signOut();

        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        page.open(id).sendBack("标题不要带“初稿”字样");
        assertEquals("草稿", page.status());
        signIn.signOut();

        signIn.open().signIn(editor, StaffAccounts.PASSWORD);
        page.open(id);
        assertTrue(browser.text(By.id("article:reviewNote")).contains("标题不要带“初稿”字样"), "the editor sees why");
        page.title(title);
        page.save();
        page.submit();
        signIn.signOut();

        Instant serverNow = PortalServer.get().now();
        Instant publishAt = serverNow.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        page.open(id).approve(PICKER.format(publishAt));
        assertEquals("定时发布", page.status(), page.messages());

        Visitor resident = new Visitor();
        assertFalse(resident.get("/").body().contains(title), "not on the home page before its time");
        assertFalse(resident.get("/feed.xml").body().contains(title), "nor in the feed");
        assertEquals(404, resident.get("/news/" + id).statusCode());

        PortalServer.get().advanceClock(Duration.between(serverNow, publishAt).plusSeconds(1));
        browser.await(d -> {
            d.navigate().to(PortalServer.get().url("/"));
            return d.getPageSource().contains(title);
        });
        assertTrue(resident.get("/feed.xml").body().contains(title), "in the feed after its time");
        browser.driver().findElement(By.linkText(title)).click();
        assertEquals(title, browser.text(By.cssSelector(".article h1")));
        assertTrue(browser.text(By.cssSelector(".article-body")).contains("志愿者走进社区"));
        var picture = browser.find(By.cssSelector(".article-body img[src^='/media/']"));
        Boolean shown = browser.await(d -> (Boolean) browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth === 640 ? true : null;", picture));
        assertTrue(shown, "the picture is shown to residents");
    }
}
