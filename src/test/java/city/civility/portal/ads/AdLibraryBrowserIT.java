package city.civility.portal.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import city.civility.portal.testing.Accessibility;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/**
 * A picture ad goes from an editor through a reviewer into the public gallery: the editor
 * describes it and uploads its print original from the ad's page; the reviewer cannot be skipped
 * and publishes it; residents find it in the gallery and in search (in Simplified and Traditional),
 * download the original (counted), and lose it again when the reviewer withdraws it. A film goes
 * up with its poster the same way, and its page plays it with the poster standing for it.
 */
class AdLibraryBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private void type(String id, String text) {
        var field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String status() {
        return browser.text(By.id("status"));
    }

    private static int downloads(Visitor visitor, long ad, String role) {
        try (JsonReader json = Json.createReader(new StringReader(visitor.get("/api/ads/" + ad).body()))) {
            return json.readObject().getJsonArray("files").getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getString("role").equals(role)).findFirst().orElseThrow().getInt("downloads");
        }
    }

    @Test
    void anEditorsPosterIsReviewedPublishedDownloadedAndWithdrawn() throws Exception {
        String editor = StaffAccounts.create("ad-editor", "EDITOR");
        String reviewer = StaffAccounts.create("ad-reviewer", "REVIEWER");
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String title = "礼让斑马线 " + mark;
        SignInPage signIn = new SignInPage(browser);

        signIn.open().signIn(editor, StaffAccounts.PASSWORD);
        browser.open("/admin/ad.xhtml");
        type("ad:title", title);
        new Select(browser.find(By.id("ad:theme"))).selectByVisibleText("文明交通");
        new Select(browser.find(By.id("ad:format"))).selectByVisibleText("平面");
        type("ad:description", "文明交通系列海报之一，适用于公交站台和社区宣传栏。");
        type("ad:producer", "江川市文明办");
        type("ad:year", "2026");
        type("ad:rights", "免费用于公益宣传，须保留署名，不得用于商业用途。");
        type("ad:tags", "斑马线、礼让");
        browser.find(By.id("ad:save")).click();
        browser.await(d -> d.findElements(By.cssSelector("#ad [aria-invalid='true'], .ui-messages-error")).size() > 0);
        assertTrue(browser.text(By.id("messages")).contains("请用文字说明广告的画面和内容"), "the text alternative is asked for first");
        type("ad:altText", "斑马线前，一辆汽车停下，一位老人牵着孩子走过马路。广告语：礼让斑马线，文明你我他。");
        browser.find(By.id("ad:save")).click();
        browser.await(d -> d.getCurrentUrl().contains("ad.xhtml?id="));
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=([0-9]+).*", "$1"));
        assertEquals("草稿", status());

        browser.find(By.id("review:submit")).click();
        browser.await(d -> d.findElement(By.id("messages")).getText().contains("请先上传原件"));

        browser.find(By.id("original-file")).sendKeys(TestFiles.png("斑马线海报.png", 2400, 1350).toAbsolutePath().toString());
        browser.find(By.cssSelector("[data-upload='original'] button.send")).click();
        browser.await(Duration.ofSeconds(60), d -> d.findElements(By.cssSelector("#files tbody tr")).size() == 3);
        String files = browser.text(By.id("files"));
        assertTrue(files.contains("原件") && files.contains("2400×1350") && files.contains("1600×900") && files.contains("800×450"), files);
        browser.find(By.id("review:submit")).click();
        browser.await(d -> status().equals("待审核"));
        signIn.signOut();

        Visitor resident = new Visitor();
        assertEquals(404, resident.get("/ads/" + id).statusCode(), "not public before review");

        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/ad.xhtml?id=" + id);
        browser.find(By.id("review:approve")).click();
        browser.await(d -> status().equals("已发布"));
        signIn.signOut();

        HttpResponse<String> gallery = resident.get("/ads?theme=TRAFFIC");
        assertTrue(gallery.body().contains(title), "in the gallery under its theme");
        assertFalse(resident.get("/ads?theme=SAVE_FOOD").body().contains(title), "and not under another");
        browser.open("/ads/" + id);
        assertEquals(title, browser.text(By.cssSelector(".ad h1")));
        assertTrue(browser.text(By.id("ad-alt")).contains("一位老人牵着孩子走过马路"), "the text alternative is on the page");
        assertEquals("斑马线前，一辆汽车停下，一位老人牵着孩子走过马路。广告语：礼让斑马线，文明你我他。",
                browser.find(By.cssSelector(".ad-work img")).getAttribute("alt"));
        assertTrue(browser.text(By.cssSelector(".ad")).contains("不得用于商业用途"), "the rights are on the page");
        Accessibility.check(browser);

        HttpResponse<String> download = resident.get("/ads/" + id + "/download/original");
        assertEquals(303, download.statusCode());
        String file = download.headers().firstValue("Location").orElseThrow();
        assertTrue(resident.get(file).headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), "offered as a download");
        assertEquals(1, downloads(resident, id, "original"), "the download is counted");
        browser.open("/ads/" + id);
        browser.await(d -> d.findElement(By.cssSelector(".download-count[data-file='ORIGINAL']")).getText().equals("1"));

        for (String query : new String[] {"礼让斑马线 " + mark, "禮讓斑馬線 " + mark}) {
            String path = "/api/search?type=ad&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            String hit = "/ads/" + id + "\"";
            String found = resident.await(path, a -> a.body().contains(hit), Duration.ofSeconds(20)).body();
            assertTrue(found.contains(hit), "found by " + query + ": " + found);
        }

        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/ad.xhtml?id=" + id);
        browser.find(By.id("review:withdraw")).click();
        browser.await(d -> d.findElement(By.id("messages")).getText().contains("请写明原因"));
        type("review:reason", "海报中的车牌号需要打码");
        browser.find(By.id("review:withdraw")).click();
        browser.await(d -> status().equals("已撤下"));
        assertEquals(410, resident.get("/ads/" + id).statusCode());
        assertEquals(410, resident.get("/api/ads/" + id).statusCode());
        assertEquals(404, resident.get("/ads/" + id + "/download/original").statusCode());
    }

    @Test
    void aFilmGoesUpWithItsPosterAndIsShownWithIt() throws Exception {
        String editor = StaffAccounts.create("film-editor", "EDITOR");
        String reviewer = StaffAccounts.create("film-reviewer", "REVIEWER");
        String title = "文明旅游 " + UUID.randomUUID().toString().substring(0, 6);
        SignInPage signIn = new SignInPage(browser);

        signIn.open().signIn(editor, StaffAccounts.PASSWORD);
        browser.open("/admin/ad.xhtml");
        type("ad:title", title);
        new Select(browser.find(By.id("ad:theme"))).selectByVisibleText("讲文明树新风");
        new Select(browser.find(By.id("ad:format"))).selectByVisibleText("视频");
        type("ad:description", "三十秒的公益短片，适用于户外大屏和公交移动电视。");
        type("ad:altText", "游客在景区排队、把垃圾带走、不在文物上刻字。结尾字幕：文明旅游，从我做起。");
        type("ad:producer", "江川市广播电视台");
        type("ad:year", "2026");
        type("ad:rights", "免费用于公益宣传，须保留署名。");
        browser.find(By.id("ad:save")).click();
        browser.await(d -> d.getCurrentUrl().contains("ad.xhtml?id="));
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*id=([0-9]+).*", "$1"));

        browser.find(By.id("original-file")).sendKeys(TestFiles.mp4("文明旅游.mp4", 2).toAbsolutePath().toString());
        browser.find(By.cssSelector("[data-upload='original'] button.send")).click();
        browser.await(Duration.ofSeconds(60), d -> d.findElements(By.cssSelector("#files tbody tr")).size() == 1);
        browser.find(By.id("poster-file")).sendKeys(TestFiles.png("文明旅游封面.png", 1280, 720).toAbsolutePath().toString());
        browser.find(By.cssSelector("[data-upload='poster'] button.send")).click();
        browser.await(Duration.ofSeconds(60), d -> d.findElement(By.id("files")).getText().contains("封面"));
        assertTrue(browser.text(By.id("files")).contains("原件"), "the film is kept as the original");
        browser.find(By.id("review:submit")).click();
        browser.await(d -> status().equals("待审核"));
        signIn.signOut();

        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/ad.xhtml?id=" + id);
        browser.find(By.id("review:approve")).click();
        browser.await(d -> status().equals("已发布"));
        signIn.signOut();

        browser.open("/ads/" + id);
        WebElement film = browser.find(By.cssSelector(".ad-work video"));
        assertTrue(film.getAttribute("poster").contains("/media/"), "the poster stands for the film until it plays");
        assertEquals("video/mp4", browser.find(By.cssSelector(".ad-work video source")).getAttribute("type"));
        HttpResponse<String> original = new Visitor().get(browser.find(By.cssSelector(".ad-work video source")).getAttribute("src")
                .replace(PortalServer.get().baseUrl(), ""));
        assertEquals(200, original.statusCode(), "the film is served");
        Accessibility.check(browser);
    }
}
