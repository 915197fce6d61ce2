package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.Sitemaps;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.Visitor;

/**
 * A resident nominates a good person: verifies an e-mail address with the code received,
 * sends, and follows the nomination; a reviewer asks for more, the resident answers through
 * the tracking page, and the reviewer approves.
 */
class NominationBrowserIT {

    static final String STORY = "王秀兰阿姨退休后在江川市滨河社区做了八年志愿者，每天早上七点准时到社区路口引导小学生过马路，"
            + "风雨无阻。她还自费为独居老人买菜送药，帮助十几户邻居解决生活难题，街坊们都叫她“热心王阿姨”。";

    /** The nominee's phone, which the resident wrote into the story and the office keeps out of the published one. */
    static final String NOMINEES_PHONE = "13912345678";
    static final String NOMINEES_PHONE_LINE = "她的电话是" + NOMINEES_PHONE + "。";

    /** A name that no demo or test text holds, so that finding it anywhere public is a leak. */
    static final String NOMINATOR = "欧阳明澈";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aResidentVerifiesTheirAddressNominatesAndFollowsTheNominationByItsNumber() throws Exception {
        String address = "nominator-" + System.nanoTime() + "@example.com";
        browser.open("/goodpeople");
        browser.find(By.linkText("推荐身边好人")).click();
        browser.await(ExpectedConditions.urlContains("/goodpeople/nominate"));

        browser.find(By.id("nominate:nominee")).sendKeys("王秀兰");
        browser.find(By.id("nominate:district")).sendKeys("滨河区滨河社区");
        browser.find(By.xpath("//label[normalize-space()='助人为乐']")).click();
        WebElement story = browser.find(By.id("nominate:story"));
        story.sendKeys(STORY + NOMINEES_PHONE_LINE);
        assertTrue(browser.text(By.id("story-count")).contains(String.valueOf((STORY + NOMINEES_PHONE_LINE).length())),
                "the count shows what was written");
        browser.find(By.id("nominate:photos")).sendKeys(TestFiles.png("wang-at-the-crossing.png", 640, 480).toAbsolutePath().toString());
        browser.find(By.id("nominate:nominator")).sendKeys(NOMINATOR);

        WebElement contact = browser.find(By.id("nominate:contact"));
        contact.sendKeys(address, Keys.ENTER); // Enter in the contact field asks for the code
        browser.await(Browser.CHALLENGE_TIME, d -> browser.text(By.id("contact-status")).contains("验证码已发到 n***@example.com"));
        String code = TestMailbox.awaitCode(address, 0);
        assertEquals("contact-code", browser.driver().switchTo().activeElement().getAttribute("id"), "the code field has the focus");
        browser.find(By.id("contact-code")).sendKeys(code, Keys.ENTER);
        browser.await(d -> browser.text(By.id("contact-status")).contains("已验证：n***@example.com"));

        browser.find(By.xpath("//label[@for='nominate:consent']")).click();
        browser.awaitChallenge(By.id("nominate"));
        browser.find(By.id("nominate:submit")).click();

        browser.await(ExpectedConditions.urlContains("/goodpeople/track?number=GP-"));
        assertTrue(browser.text(By.cssSelector(".notice.success")).contains("推荐已经收到"));
        String number = browser.text(By.cssSelector(".notice .tracking-number"));
        assertTrue(number.matches("GP-[0-9]{6}-[2-9A-HJKMNP-Z]{7}"), number);
        assertEquals("等待审核", browser.text(By.cssSelector(".tracked .status-PENDING")));
        assertTrue(browser.text(By.cssSelector(".tracked")).contains("王秀兰"));

        // Later, with the number alone, typed in lower case.
        browser.open("/goodpeople/track");
        browser.find(By.id("number")).sendKeys(number.toLowerCase(), Keys.ENTER);
        browser.await(d -> browser.text(By.cssSelector(".timeline")).contains("提交推荐"));
        assertTrue(browser.driver().getPageSource().indexOf(address) < 0, "the nominator's address is nowhere on the page");

        // The reviewer finds it waiting, sees the contact masked, and asks for more.
        String reviewer = StaffAccounts.create("gp-reviewer", "REVIEWER");
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/moderation.xhtml"); // the office's one queue: everything residents sent
        browser.find(By.xpath("//form[contains(@class,'waiting-item')][.//h3[contains(.,'" + number + "')]]//a")).click();
        browser.await(d -> browser.text(By.id("status")).equals("等待审核"));
        assertEquals("n***@example.com", browser.text(By.id("nomination:contact")));
        assertTrue(browser.text(By.tagName("main")).contains(NOMINATOR), "the reviewer sees who nominated");
        assertTrue(browser.text(By.id("found")).contains(NOMINEES_PHONE), "the phone in the story is pointed out");
        assertEquals(NOMINEES_PHONE, browser.text(By.cssSelector("#story mark")));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#photos img")).size(), "the reviewer sees the photo");
        WebElement publicStory = browser.find(By.id("nomination:publicStory"));
        publicStory.clear();
        publicStory.sendKeys(STORY);
        browser.find(By.id("nomination:saveStory")).click();
        browser.await(d -> browser.text(By.id("nomination:messages")).contains("公开文字已保存"));
        assertTrue(browser.text(By.id("story")).contains(NOMINEES_PHONE), "the resident's words stay on record");
        browser.find(By.id("nomination:question")).sendKeys("请补充王阿姨帮助过的独居老人的姓名或住址，便于我们核实。");
        browser.find(By.id("nomination:ask")).click();
        browser.await(d -> browser.text(By.id("status")).equals("需要补充材料"));
        signIn.signOut();

        // The resident reads the question on the tracking page and answers.
        browser.open("/goodpeople/track?number=" + number);
        assertTrue(browser.text(By.cssSelector(".timeline")).contains("请补充王阿姨帮助过的独居老人的姓名或住址"));
        browser.find(By.id("reply:text")).sendKeys("滨河社区3号楼的陈大爷和5号楼的刘奶奶，社区居委会可以证明。");
        browser.awaitChallenge(By.id("reply"));
        browser.find(By.id("reply:send")).click();
        browser.await(d -> browser.text(By.tagName("main")).contains("补充材料已经收到"));
        assertEquals("等待审核", browser.text(By.cssSelector(".tracked .status-PENDING")));

        // The reviewer reads the answer and approves.
        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/goodpeople.xhtml");
        browser.find(By.linkText(number)).click();
        browser.await(d -> browser.text(By.cssSelector(".timeline")).contains("陈大爷"));
        browser.find(By.id("nomination:approve")).click();
        browser.await(d -> browser.text(By.id("status")).equals("已通过审核"));
        signIn.signOut();
        browser.open("/goodpeople/track?number=" + number);
        assertEquals("已通过审核", browser.text(By.cssSelector(".tracked .status-APPROVED")));

        // A candidate of this month's round: residents like it, once.
        browser.open("/goodpeople");
        WebElement card = browser.find(By.xpath("//li[contains(@class,'card')][.//a[normalize-space()='王秀兰']]"));
        String entryId = card.findElement(By.cssSelector("[data-like-of]")).getAttribute("data-like-of");
        card.findElement(By.cssSelector("button.like")).click();
        browser.await(d -> browser.text(By.id("like-status-" + entryId)).contains("谢谢您的点赞"));
        assertEquals("1", browser.text(By.cssSelector("[data-likes-of='" + entryId + "']")));
        card.findElement(By.cssSelector("button.like")).click();
        browser.await(d -> browser.text(By.id("like-status-" + entryId)).contains("今天已经为 TA 点过赞了"));
        browser.open("/goodpeople/" + entryId);
        assertTrue(browser.text(By.cssSelector(".story")).startsWith(STORY.substring(0, 10)));
        assertFalse(browser.text(By.cssSelector(".story")).contains(NOMINEES_PHONE), "the story as the office edited it");
        WebElement photo = browser.find(By.cssSelector(".photos img"));
        assertEquals("王秀兰的照片（第 1 张）", photo.getAttribute("alt"));
        browser.await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", photo));
        browser.await(d -> new Visitor().get("/api/search?q=" + URLEncoder.encode("王秀兰", StandardCharsets.UTF_8)).body()
                .contains("/goodpeople/" + entryId));
        assertTrue(new Visitor().get("/api/search?q=" + URLEncoder.encode("熱心王阿姨", StandardCharsets.UTF_8)).body()
                .contains("/goodpeople/" + entryId), "found in Traditional too");
        assertTrue(new Visitor().get("/feed.xml").body().contains("/goodpeople/" + entryId), "in the site's feed");

        // When the month's likes are over, the office publishes its 好人榜.
        ZonedDateTime now = PortalServer.get().now().atZone(ZoneId.of("Asia/Shanghai"));
        PortalServer.get().advanceClock(Duration.between(now, now.plusMonths(1).withDayOfMonth(1).withHour(9)));
        String round = YearMonth.from(now).toString();
        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/goodpeople-board.xhtml");
        assertEquals(round, browser.find(By.id("board:month")).getAttribute("value"), "the round whose likes just ended");
        browser.find(By.xpath("//tr[.//a[normalize-space()='王秀兰']]//div[contains(@class,'ui-chkbox-box')]")).click();
        browser.find(By.id("board:publish")).click();
        browser.await(d -> browser.text(By.id("board:messages")).contains("好人榜已发布"));
        signIn.signOut();
        browser.open("/goodpeople/board/" + round);
        assertTrue(browser.text(By.tagName("main")).contains("王秀兰") && browser.text(By.tagName("main")).contains("公示至"));

        // Nothing public tells who nominated, how to reach them, or the nominee's phone.
        Visitor anyone = new Visitor();
        for (String path : List.of("/", "/goodpeople", "/goodpeople/nominate", "/goodpeople/track?number=" + number, "/sitemap.xml",
                "/goodpeople/" + entryId, "/goodpeople/board/" + round, "/api/goodpeople?month=" + round, "/api/goodpeople/" + entryId,
                "/feed.xml", "/search?q=" + URLEncoder.encode("王秀兰", StandardCharsets.UTF_8),
                "/api/search?q=" + URLEncoder.encode("王秀兰", StandardCharsets.UTF_8), "/api/articles")) {
            String body = anyone.get(path).body();
            assertFalse(body.contains(NOMINATOR) || body.contains(address) || body.contains(NOMINEES_PHONE), "leaked on " + path);
        }
        String sitemap = Sitemaps.all(anyone);
        assertFalse(sitemap.contains(NOMINATOR) || sitemap.contains(address) || sitemap.contains(NOMINEES_PHONE), "leaked in the sitemap's files");
    }

    @Test
    void brokenRulesAreSaidNextToTheirFieldsAndWhatWasTypedStays() {
        browser.open("/goodpeople/nominate");
        browser.find(By.id("nominate:nominee")).sendKeys("张三");
        browser.find(By.id("nominate:story")).sendKeys("太短了");
        browser.find(By.id("nominate:submit")).click();
        browser.await(d -> !browser.driver().findElements(By.cssSelector(".field-error")).isEmpty());
        assertEquals("张三", browser.find(By.id("nominate:nominee")).getAttribute("value"), "what was typed stays");
        assertEquals("太短了", browser.find(By.id("nominate:story")).getAttribute("value"));
        assertTrue(browser.text(By.id("nominate:district-error")).contains("请填写被推荐人所在的区县或单位"), browser.text(By.tagName("main")));
    }

}
