package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.Sitemaps;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/** A reviewer makes a topic (专题) with banner and introduction and gathers articles in it. */
class TopicsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void topicGathersPublicArticlesUnderItsBannerUntilHidden() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long older = NewsFixtures.article("文明交通劝导第一周 " + suffix, "volunteer", "<p>路口劝导。</p>", NewsFixtures.State.PUBLISHED);
        NewsFixtures.article("文明交通劝导第二周 " + suffix, "volunteer", "<p>继续劝导。</p>", NewsFixtures.State.PUBLISHED);
        String reviewer = StaffAccounts.create("reviewer", "REVIEWER");
        String slug = "traffic-" + suffix;

        new SignInPage(browser).open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/topics.xhtml");
        browser.find(By.id("topics:new")).click();
        browser.find(By.id("topic:title")).sendKeys("文明交通月 " + suffix);
        browser.find(By.id("topic:slug")).sendKeys(slug);
        browser.driver().findElement(By.cssSelector("input[type='file'][id^='topic:banner']"))
                .sendKeys(TestFiles.png("横幅.png", 1200, 300).toAbsolutePath().toString());
        browser.await(d -> !d.findElements(By.cssSelector("[id='topic:bannerPanel'] img.cover-preview")).isEmpty());
        browser.find(By.cssSelector("[id='topic:intro'] .ql-editor")).sendKeys("本月起，全市开展文明交通主题活动。");
        // What a hostile client could send past the editor: the server must clean it.
        browser.script("document.getElementById('topic:intro_input').value = arguments[0];",
                "<p>本月起，全市开展文明交通主题活动。<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script></p>");
        browser.find(By.id("topic:save")).click();
        browser.await(d -> d.getCurrentUrl().contains("id="));

        addArticle("第一周 " + suffix);
        addArticle("第二周 " + suffix);
        awaitStaffList(List.of("文明交通劝导第二周 " + suffix, "文明交通劝导第一周 " + suffix)); // the newest addition first
        browser.find(By.cssSelector("[id='articles:table'] tbody tr:last-child button[aria-label^='上移']")).click();
        awaitStaffList(List.of("文明交通劝导第一周 " + suffix, "文明交通劝导第二周 " + suffix));

        browser.open("/topic/" + slug);
        assertEquals("文明交通月 " + suffix, browser.text(By.cssSelector(".topic-banner h1")));
        WebElement banner = browser.find(By.cssSelector(".topic-banner img"));
        assertEquals(Boolean.TRUE, browser.await(d -> browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth === 1200 ? true : null;", banner)));
        assertTrue(browser.text(By.cssSelector(".topic-intro")).contains("全市开展文明交通主题活动"));
        assertTrue(browser.driver().findElements(By.cssSelector(".topic-intro img[onerror], .topic-intro script")).isEmpty());
        assertFalse(browser.driver().getTitle().contains("pwned"), "nothing hostile ran");
        assertEquals(List.of("文明交通劝导第一周 " + suffix, "文明交通劝导第二周 " + suffix), publicList());
        browser.open("/topics");
        assertFalse(browser.driver().findElements(By.cssSelector(".topic-cards a[href$='/topic/" + slug + "']")).isEmpty());

        NewsFixtures.withdraw(older);
        browser.await(d -> {
            d.navigate().to(PortalServer.get().url("/topic/" + slug));
            return publicList().equals(List.of("文明交通劝导第二周 " + suffix));
        });

        browser.open("/admin/topics.xhtml");
        browser.find(By.linkText("文明交通月 " + suffix)).click();
        WebElement visible = browser.find(By.cssSelector("[id='topic:visible'] .ui-chkbox-box"));
        visible.click();
        browser.find(By.id("topic:save")).click();
        browser.awaitAjax();
        Visitor resident = new Visitor();
        browser.await(d -> resident.get("/topic/" + slug).statusCode() == 404);
        assertFalse(resident.get("/topics").body().contains(slug), "a hidden topic is not listed");
    }

    @Test
    void onlyThoseWhoPublishManageTopics() {
        String editor = StaffAccounts.create("editor", "EDITOR");
        Visitor staff = new Visitor();
        staff.signIn(editor, StaffAccounts.PASSWORD);
        assertEquals(403, staff.get("/admin/topics.xhtml").statusCode());
        assertEquals(403, staff.get("/admin/topic.xhtml").statusCode());
        assertFalse(staff.get("/admin/articles.xhtml").body().contains("/admin/topics.xhtml"), "not in an editor's menu");
    }

    @Test
    void demoTopicIsPublicAndUnknownTopicsAreNotFound() {
        Visitor resident = new Visitor();
        String topics = resident.get("/topics").body();
        assertTrue(topics.contains("/topic/chuangcheng"), "the demo content brings a topic");
        String topic = resident.get("/topic/chuangcheng").body();
        assertTrue(topic.contains("江川市全面启动创建全国文明城市三年行动") && topic.contains("創建全國文明城市 我們在行動"), topic);
        assertTrue(resident.get("/").body().contains("/topic/chuangcheng"), "and the home page shows it");
        assertTrue(Sitemaps.all(resident).contains("/topic/chuangcheng"));
        assertEquals(404, resident.get("/topic/no-such-topic").statusCode());
    }

    private void addArticle(String typed) {
        WebElement search = browser.find(By.id("articles:pick_input"));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        browser.find(By.cssSelector("[id='articles:pick_panel'] li.ui-autocomplete-item")).click();
        browser.awaitAjax();
        browser.await(d -> staffList().stream().anyMatch(t -> t.contains(typed)));
    }

    private void awaitStaffList(List<String> expected) {
        try {
            browser.await(d -> staffList().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, staffList());
        }
    }

    private List<String> staffList() {
        return browser.driver().findElements(By.cssSelector("[id='articles:table'] tbody td:first-child a"))
                .stream().map(WebElement::getText).toList();
    }

    private List<String> publicList() {
        return browser.driver().findElements(By.cssSelector(".topic .article-list li a")).stream().map(WebElement::getText).toList();
    }
}
