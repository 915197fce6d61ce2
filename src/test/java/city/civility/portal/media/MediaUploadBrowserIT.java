package city.civility.portal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/** Uploads to the media library: real pictures are stored and served; anything else is refused and nothing is kept. */
class MediaUploadBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void openTheMediaLibraryAsAnEditor() {
        new SignInPage(browser).open().signIn(StaffAccounts.create("media", "EDITOR"), StaffAccounts.PASSWORD);
        browser.open("/admin/media.xhtml");
    }

    @Test
    void aPictureIsReencodedStoredAndServedWithItsThumbnail() throws Exception {
        long before = count();
        upload(TestFiles.png("志愿者合影.png", 800, 600));
        assertTrue(messages().contains("已上传“志愿者合影.png”"), messages());
        assertEquals(before + 1, count());

        String url = browser.text(By.cssSelector("[id='media:table'] tbody tr:first-child .media-url"));
        HttpResponse<String> picture = new Visitor().get(url);
        assertEquals(200, picture.statusCode());
        assertEquals("image/png", picture.headers().firstValue("Content-Type").orElse(""));
        assertTrue(picture.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        HttpResponse<String> thumbnail = new Visitor().get(url + "/thumb");
        assertEquals("image/jpeg", thumbnail.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void anHtmlFileNamedJpgIsRefusedAndNothingIsStored() throws Exception {
        long before = count();
        upload(TestFiles.htmlNamedJpg());
        assertTrue(messages().contains("实际内容不是其中任何一种"), messages());
        assertEquals(before, count());
    }

    @Test
    void anOversizedPictureIsRefusedAndNothingIsStored() throws Exception {
        long before = count();
        upload(TestFiles.oversizedJpeg(11));
        assertTrue(messages().contains("文件太大，最大 10 MB"), messages());
        assertEquals(before, count());
    }

    @Test
    void aZipBombDisguisedAsAWordDocumentIsRefused() throws Exception {
        long before = count();
        upload(TestFiles.zipBombDocx(300));
        assertTrue(messages().contains("解压后异常庞大"), messages());
        assertEquals(before, count());
    }

    @Test
    void unknownKeysAndPathsAre404() {
        Visitor visitor = new Visitor();
        assertEquals(404, visitor.get("/media/AAAAAAAAAAAAAAAAAAAAAA").statusCode());
        HttpResponse<String> traversal = visitor.get("/media/..%2F..%2Fetc%2Fpasswd");
        assertTrue(traversal.statusCode() == 400 || traversal.statusCode() == 404, "refused: " + traversal.statusCode());
        assertTrue(!traversal.body().contains("root:"), "no file outside the library is ever served");
        assertEquals(404, visitor.get("/media/").statusCode());
        assertEquals(404, visitor.get("/media").statusCode(), "no key at all: not found, not a server error");
    }

    private void upload(Path file) {
        String before = messagesOrEmpty();
        browser.driver().findElement(By.cssSelector("input[type='file'][id^='media:upload']")).sendKeys(file.toAbsolutePath().toString());
        browser.await(d -> !messagesOrEmpty().equals(before) && !messagesOrEmpty().isBlank());
        browser.awaitAjax();
    }

    private String messagesOrEmpty() {
        return browser.driver().findElements(By.id("messages")).stream().findFirst().map(e -> e.getText()).orElse("");
    }

    private String messages() {
        return browser.text(By.id("messages"));
    }

    private static long count() throws SQLException {
        try (Connection c = PortalServer.get().database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM media_file")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
