package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.GoodPeopleFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;
import city.civility.portal.testing.Voter;

/**
 * A campaign from the office's first form to its results notice, as the office and a resident
 * live it: set up and launched; a 好人榜 entry and three units' nominations entered; the
 * committee passes three and rejects one (the reason required); 公示 with a resident's objection
 * answered and a candidate withdrawn at their wish; voting opens on time; a
 * resident verifies a phone, votes and keeps the receipt; a second ballot is refused; the
 * office extends voting with a public reason and enters the jury's votes; voting closes on
 * time; the results notice names the elected with their public and jury parts.
 */
class CampaignStoryBrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String UNIT_STORY = "赵建国在公交公司开车二十年，安全行驶一百万公里无事故，多次在车上救助突发疾病的乘客，还把拾到的财物一一交还失主。";
    private static final String FIREMAN_STORY = "孙建华是消防救援大队的班长，从警十五年参加灭火救援两千余次，曾冲进浓烟救出被困的三名儿童，自己却多次受伤，从不居功。";
    private static final String OTHER_STORY = "钱小梅是社区卫生服务中心的护士，十年来每周上门为行动不便的老人量血压、换药，从不收取任何费用，被居民称为贴心人。";

    /** How long a page may take to follow a change: the scheduler's seconds, the page cache's version. */
    private static final Duration PAGE_FOLLOWS = Duration.ofSeconds(20);

    @RegisterExtension
    final Browser browser = new Browser();

    private final PortalServer portal = PortalServer.get();

    @Test
    void aCampaignRunsFromTheOfficesFormToItsResultsNotice() throws Exception {
        long entry = GoodPeopleFixtures.candidate("林秀英", YearMonth.from(portal.now().atZone(ZoneId.of("Asia/Shanghai"))));
        String slug = "story-" + Long.toString(System.nanoTime(), 36);
        Instant start = portal.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant review = start.plus(Duration.ofMinutes(20));
        Instant notice = start.plus(Duration.ofMinutes(40));
        Instant voting = start.plus(Duration.ofMinutes(60));
        Instant counting = start.plus(Duration.ofMinutes(80));
        Instant results = start.plus(Duration.ofMinutes(100));

        // An administrator sets the campaign up: the official rules, half public vote and half a jury of nine.
        String admin = StaffAccounts.create("campaigns", "ADMIN");
        new SignInPage(browser).open().signIn(admin, StaffAccounts.PASSWORD);
        browser.open("/admin/campaigns.xhtml");
        browser.find(By.id("newCampaign")).click();
        browser.find(By.id("setup:slug")).sendKeys(slug);
        browser.find(By.id("setup:title")).sendKeys("第九届滨河市道德模范评选");
        browser.find(By.id("setup:summary")).sendKeys("评选助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲五类道德模范。");
        List<Instant> starts = List.of(start.minus(Duration.ofDays(1)), review, notice, voting, counting, results, start.plus(Duration.ofDays(30)));
        for (int i = 0; i < starts.size(); i++) {
            pickDate(By.id("setup:phases:" + i + ":start_input"), starts.get(i));
        }
        replace(By.id("setup:publicWeight"), "50");
        replace(By.id("setup:jurySize"), "9");
        replace(By.id("setup:categoryRows:0:seats"), "1");
        browser.find(By.id("setup:save")).click();
        browser.await(d -> d.getCurrentUrl().contains("campaign.xhtml?id="));
        assertTrue(browser.text(By.id("setup:messages")).contains("评选已创建"), browser.text(By.tagName("main")));
        assertEquals(404, new Visitor().get("/campaigns/" + slug).statusCode(), "a draft is not public");
        ajax(By.id("setup:launch"));
        assertTrue(browser.text(By.id("setup:messages")).contains("评选已发布"), browser.text(By.tagName("main")));
        browser.await(PAGE_FOLLOWS, d -> new Visitor().get("/campaigns/" + slug).statusCode() == 200); // the launched campaign's page

        // The office enters a 好人榜 entry (read from the public API by its number) and two units' nominations.
        browser.find(By.id("nominees:entryId")).sendKeys(String.valueOf(entry));
        browser.find(By.id("fill")).click();
        browser.await(d -> browser.text(By.id("fillStatus")).contains("已读取"));
        assertEquals("林秀英", browser.find(By.id("nominees:name")).getAttribute("value"));
        assertTrue(browser.find(By.id("nominees:story")).getAttribute("value").contains("照顾独居老人"));
        browser.find(By.id("nominees:story")).sendKeys("经社区居委会核实，事迹属实。");
        ajax(By.id("nominees:nominate"));
        assertTrue(browser.text(By.id("nominees:messages")).contains("已录入被推荐人 林秀英"), browser.text(By.id("nominees:messages")));

        enterUnitNomination("赵建国", "滨河区公交公司", UNIT_STORY, "滨河公交集团");
        enterUnitNomination("钱小梅", "滨河区社区卫生服务中心", OTHER_STORY, "滨河区卫生健康局");
        enterUnitNomination("孙建华", "滨河区消防救援大队", FIREMAN_STORY, "滨河区消防救援大队");
        String nominees = browser.text(By.id("nominees:list"));
        assertTrue(nominees.contains("身边好人推荐") && nominees.contains("滨河公交集团") && nominees.contains("待评审"), nominees);

        // Review: two pass (numbered in the order passed), one is rejected, and a rejection needs its reason.
        portal.advanceClock(Duration.between(portal.now(), review).plusSeconds(5));
        browser.driver().navigate().refresh();
        decide("林秀英", "通过", "");
        decide("赵建国", "通过", "事迹突出，材料齐全");
        decide("钱小梅", "不通过", "");
        assertTrue(browser.text(By.id("nominees:messages")).contains("理由应为 2 至 2000 个字"), browser.text(By.id("nominees:messages")));
        decide("钱小梅", "不通过", "同一事迹已在上届评选中表彰");
        decide("孙建华", "通过", "");
        nominees = browser.text(By.id("nominees:list"));
        assertTrue(nominees.contains("001") && nominees.contains("002") && nominees.contains("未通过") && nominees.contains("同一事迹已在上届评选中表彰"),
                nominees);

        // 公示: the candidates are public with their numbers; the rejected nominee is not.
        portal.advanceClock(Duration.between(portal.now(), notice).plusSeconds(5));
        Visitor resident = new Visitor();
        browser.await(PAGE_FOLLOWS, d -> resident.get("/campaigns/" + slug).body().contains("001")); // the candidates in the notice
        String page = resident.get("/campaigns/" + slug).body();
        assertTrue(page.contains("林秀英") && page.contains("赵建国"), page);
        assertFalse(page.contains("钱小梅"), "a rejected nominee is never public");
        assertEquals(200, resident.get("/campaigns/" + slug + "/candidates/001").statusCode());

        // An objection during 公示, from a verified phone; the office answers it, and the objector reads the answer.
        browser.open("/campaigns/" + slug + "/candidates/002");
        browser.find(By.id("objector")).sendKeys("孙立");
        browser.find(By.id("grounds")).sendKeys("据我所知，赵建国所说拾金不昧一事发生在外地，并非在本市，请核实。");
        String objector = "138" + String.format("%08d", System.nanoTime() % 100_000_000L);
        browser.find(By.id("contact")).sendKeys(objector, Keys.ENTER);
        browser.await(Browser.CHALLENGE_TIME, d -> browser.text(By.id("contact-status")).contains("验证码已发到"));
        browser.find(By.id("contact-code")).sendKeys(portal.smsCodeSentTo(objector), Keys.ENTER);
        browser.await(d -> browser.text(By.id("contact-status")).contains("已验证"));
        browser.awaitChallenge(By.id("objection"));
        browser.find(By.cssSelector("#objection button[type='submit']")).click();
        browser.await(d -> d.getCurrentUrl().contains("/objections/"));
        String tracking = browser.driver().getCurrentUrl();
        assertTrue(browser.text(By.tagName("main")).contains("等待答复"), browser.text(By.tagName("main")));
        assertFalse(resident.get("/campaigns/" + slug + "/candidates/002").body().contains("拾金不昧一事发生在外地"), "an objection is never public");
        browser.open("/admin/campaign-objections.xhtml");
        browser.find(By.xpath("//tr[contains(., '赵建国')]//a")).click();
        browser.find(By.id("answer:text")).sendKeys("经向公交集团和失主核实，拾金不昧一事发生在本市8路公交车上，异议不成立，候选人资格不变。");
        browser.find(By.id("answer:submit")).click();
        browser.await(d -> browser.text(By.tagName("main")).contains("异议不成立"));
        browser.driver().get(tracking);
        String answered = browser.text(By.tagName("main"));
        assertTrue(answered.contains("已答复") && answered.contains("候选人资格不变") && answered.contains("异议不成立"), answered);

        // A candidate withdraws at their own wish: marked on their page, off the ballot.
        browser.open("/admin/campaigns.xhtml");
        browser.find(By.linkText("第九届滨河市道德模范评选")).click();
        decide("孙建华", "退出评选", "本人因工作调动申请退出评选");
        assertTrue(browser.text(By.id("nominees:list")).contains("已退出"), browser.text(By.id("nominees:list")));
        browser.await(PAGE_FOLLOWS, d -> resident.get("/campaigns/" + slug + "/candidates/003").body().contains("已退出")); // the withdrawal on the candidate's page

        // Voting opens on time: before it, the ballot page says when; after it, the resident votes in the browser.
        browser.open("/campaigns/" + slug + "/vote");
        assertTrue(browser.text(By.tagName("main")).contains("投票时间为"), browser.text(By.tagName("main")));
        assertTrue(browser.driver().findElements(By.id("ballot")).isEmpty(), "no ballot before voting opens");
        portal.advanceClock(Duration.between(portal.now(), voting).plusSeconds(5));
        // The page follows within the scheduler's seconds (the cached page waits for the phase's move); ballots follow the dates exactly.
        browser.await(PAGE_FOLLOWS, d -> resident.get("/campaigns/" + slug + "/vote").body().contains("id=\"ballot\"")); // the ballot once voting opens
        browser.open("/campaigns/" + slug + "/vote");
        assertTrue(browser.driver().findElements(By.xpath("//label[contains(., '孙建华')]")).isEmpty(), "a withdrawn candidate is not on the ballot");
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        browser.find(By.xpath("//label[contains(., '林秀英')]")).click();
        browser.find(By.id("contact")).sendKeys(phone, Keys.ENTER);
        browser.await(Browser.CHALLENGE_TIME, d -> browser.text(By.id("contact-status")).contains("验证码已发到"));
        browser.find(By.id("contact-code")).sendKeys(portal.smsCodeSentTo(phone), Keys.ENTER);
        browser.await(d -> browser.text(By.id("contact-status")).contains("已验证"));
        browser.awaitChallenge(By.id("ballot"));
        portal.advanceClock(Duration.ofSeconds(30)); // the time a person takes over the ballot; a faster one is set aside
        browser.find(By.cssSelector("#ballot button[type='submit']")).click();
        browser.await(d -> d.getCurrentUrl().contains("/ballots/"));
        String receipt = browser.text(By.tagName("main"));
        assertTrue(receipt.contains("您的选票已保存") && receipt.contains("已计入"), receipt);
        assertFalse(receipt.contains("林秀英"), "the receipt never shows the choices");
        String number = browser.text(By.className("ballot-number"));

        // The same phone again: refused in the voter's language, nothing saved.
        HttpResponse<String> again = Voter.minted("100.70.3.9", phone).cast(slug, List.of(candidate(slug, "赵建国")));
        assertEquals(422, again.statusCode());
        assertTrue(Voter.refusalOf(again).contains("已经在本次评选中投过票"), Voter.refusalOf(again));
        assertEquals(1, ballots(slug));

        // The office extends voting by ten minutes (the reason is public) and enters the jury's votes.
        browser.open("/admin/campaigns.xhtml");
        browser.find(By.linkText("第九届滨河市道德模范评选")).click();
        browser.find(By.xpath("//select[@id='setup:extended']/option[.='投票']")).click();
        pickDate(By.id("setup:newEnd_input"), counting.plus(Duration.ofMinutes(10)));
        browser.find(By.id("setup:extendReason")).sendKeys("投票平台短时维护，投票时间相应顺延");
        ajax(By.id("setup:extend"));
        assertTrue(browser.text(By.id("setup:messages")).contains("已延长阶段"), browser.text(By.tagName("main")));
        browser.await(PAGE_FOLLOWS, d -> resident.get("/campaigns/" + slug).body().contains("投票平台短时维护，投票时间相应顺延")); // the extension on the public timeline
        juryVotes("林秀英", "7");
        juryVotes("赵建国", "2");

        // Voting closes on time (the extended time); the results notice names the elected.
        portal.advanceClock(Duration.between(portal.now(), counting).plusSeconds(5));
        assertEquals(303, Voter.minted("100.70.3.10", "13912345678").cast(slug, List.of(candidate(slug, "赵建国"))).statusCode(),
                "still voting: the extension moved the close");
        portal.advanceClock(Duration.ofMinutes(10));
        HttpResponse<String> late = Voter.minted("100.70.3.11", "13912345679").cast(slug, List.of(candidate(slug, "赵建国")));
        assertEquals(422, late.statusCode(), "voting has closed");
        portal.advanceClock(Duration.between(portal.now(), results.plus(Duration.ofMinutes(10))).plusSeconds(5));
        browser.await(PAGE_FOLLOWS, d -> resident.get("/campaigns/" + slug + "/results").body().contains("当选")); // the results notice
        String notice2 = resident.get("/campaigns/" + slug + "/results").body();
        assertTrue(notice2.contains("001 林秀英") && notice2.contains("群众投票占 50%"), notice2);
        assertTrue(resident.get("/campaigns/" + slug + "/ballots/" + number).body().contains("已计入"));
    }

    private void enterUnitNomination(String name, String district, String story, String unit) {
        browser.find(By.xpath("//form[@id='nominees']//label[normalize-space()='单位推荐']")).click();
        browser.find(By.id("nominees:unitName")).sendKeys(unit);
        browser.find(By.id("nominees:name")).sendKeys(name);
        browser.find(By.id("nominees:district")).sendKeys(district);
        browser.find(By.id("nominees:story")).sendKeys(story);
        ajax(By.id("nominees:nominate"));
        assertTrue(browser.text(By.id("nominees:messages")).contains("已录入被推荐人 " + name), browser.text(By.id("nominees:messages")));
    }

    private void decide(String nominee, String decision, String reason) {
        String row = "//table//tr[.//strong[@class='nominee-name' and .='" + nominee + "']]";
        if (!reason.isEmpty()) {
            browser.find(By.xpath(row + "//textarea")).sendKeys(reason);
        }
        ajax(By.xpath(row + "//button[normalize-space(.)='" + decision + "']"));
    }

    private void juryVotes(String nominee, String votes) {
        String row = "//table//tr[.//strong[@class='nominee-name' and .='" + nominee + "']]";
        browser.find(By.xpath(row + "//input[@type='number']")).sendKeys(votes);
        ajax(By.xpath(row + "//button[normalize-space(.)='保存票数']"));
        assertTrue(browser.text(By.id("nominees:messages")).contains(nominee + " 的评审团票数已保存"), browser.text(By.id("nominees:messages")));
    }

    private void ajax(By button) {
        browser.find(button).click();
        browser.awaitAjax();
    }

    private void replace(By field, String value) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Types a time over the one a date picker shows, then closes the calendar typing opened, as a person does. A busy
     * browser can let the picker's opening rewrite the field while the keys arrive; a person who sees the wrong time
     * types it again, and so does this.
     */
    private void pickDate(By field, Instant at) {
        WebElement input = browser.find(field);
        String wanted = PICKER.format(at);
        String panel = input.getAttribute("id").replace("_input", "_panel");
        browser.await(d -> {
            if (!wanted.equals(input.getAttribute("value"))) {
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), wanted);
                return false;
            }
            if (d.findElements(By.id(panel)).stream().anyMatch(WebElement::isDisplayed)) {
                input.sendKeys(Keys.ESCAPE);
                return false;
            }
            return true;
        });
        assertEquals(wanted, input.getAttribute("value"));
    }

    private static long candidate(String slug, String name) throws Exception {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT n.id FROM campaign_nominee n JOIN campaign c ON c.id = n.campaign_id"
                     + " WHERE c.slug = ? AND n.name = ?")) {
            s.setString(1, slug);
            s.setString(2, name);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), name);
                return r.getLong(1);
            }
        }
    }

    private static long ballots(String slug) throws Exception {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ballot b JOIN campaign c ON c.id = b.campaign_id WHERE c.slug = ?")) {
            s.setString(1, slug);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
