package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Accessibility;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.CampaignFixtures;
import city.civility.portal.testing.GoodPeopleFixtures;
import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;
import city.civility.portal.testing.Voter;

/**
 * Every public page, in every language the portal speaks, has no serious or critical
 * accessibility violation that axe-core finds (WCAG 2.x A and AA). A new public page joins
 * by being listed in {@link #PAGES}. The pages show data the test makes itself.
 */
class PublicPagesAccessibilityBrowserIT {

    /** Every public page, by what it is; filled with the test's own data before the first test. */
    private static final Map<String, String> PAGES = new LinkedHashMap<>();
    /** What the test's own articles' titles begin with. */
    private static final String TITLES = "无障碍检查示范";
    private static String searchedTitle;
    private static long searchedArticle;
    /** A candidate's page while the candidates are on public notice: it has the objection form. */
    private static String candidateOnNotice;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void publicPagesWithContent() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String title = TITLES + "文章" + suffix;
        searchedTitle = title;
        long article = NewsFixtures.article(title, "news", "<p>本市推进无障碍环境建设，方便每一位市民出行和办事。</p>"
                + "<h2>主要做法</h2><ul><li>盲道和坡道逐条检查</li><li>政务网站适老化改造</li></ul>"
                + "<table><thead><tr><th>项目</th><th>完成数</th></tr></thead><tbody><tr><td>坡道</td><td>120</td></tr></tbody></table>"
                + "<p>详见<a href=\"/channel/notices\">通知公告</a>。</p>", NewsFixtures.State.PUBLISHED);
        searchedArticle = article;
        long another = NewsFixtures.article(TITLES + "通知" + suffix, "notices", "<p>请各单位按要求完成自查。</p>",
                NewsFixtures.State.PUBLISHED);
        String topic = "a11y-" + suffix;
        NewsFixtures.topic("无障碍环境建设" + suffix, topic, "<p>本专题汇集本市无障碍环境建设的新闻和通知。</p>", article, another);

        YearMonth thisRound = YearMonth.from(PortalServer.get().now().atZone(ZoneId.of("Asia/Shanghai")));
        long candidate = GoodPeopleFixtures.candidate("无障碍志愿者" + suffix.substring(0, 3), thisRound);
        // A month that no other test publishes (last month is the demo city's, this month's is NominationBrowserIT's).
        YearMonth boardRound = thisRound.minusMonths(14);
        long chosen = GoodPeopleFixtures.candidate("上榜好人" + suffix.substring(0, 3), boardRound);
        GoodPeopleFixtures.candidate("未上榜候选人" + suffix.substring(0, 3), boardRound);
        GoodPeopleFixtures.board(boardRound, chosen);

        PAGES.put("home", "/");
        PAGES.put("news channel", "/channel/news");
        PAGES.put("article", "/news/" + article);
        PAGES.put("topics", "/topics");
        PAGES.put("topic", "/topic/" + topic);
        PAGES.put("search results", "/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        PAGES.put("search without results", "/search?q=" + URLEncoder.encode("没有这样的文章" + suffix, StandardCharsets.UTF_8));
        PAGES.put("身边好人 round", "/goodpeople");
        PAGES.put("身边好人 entry", "/goodpeople/" + candidate);
        PAGES.put("好人榜", "/goodpeople/board/" + boardRound);
        PAGES.put("nomination form", "/goodpeople/nominate");
        PAGES.put("tracking page", "/goodpeople/track");
        PAGES.put("a tracked nomination", "/goodpeople/track?number=" + GoodPeopleFixtures.trackingNumber(candidate));
        PAGES.put("an unknown tracking number", "/goodpeople/track?number=GP-202201-ZZZZZZZ");
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().tallyPublic().create();
        String receipt = Voter.receiptOf(Voter.minted("198.18.240.1", "13799990001").cast(campaign.slug(),
                List.of(campaign.in("COURAGE").get(0), campaign.in("FAMILY").get(1))));
        PAGES.put("道德模范 campaigns", "/campaigns");
        PAGES.put("a voting campaign", "/campaigns/" + campaign.slug());
        PAGES.put("a candidate", "/campaigns/" + campaign.slug() + "/candidates/001");
        PAGES.put("the ballot", "/campaigns/" + campaign.slug() + "/vote");
        PAGES.put("a ballot's receipt", "/campaigns/" + campaign.slug() + "/ballots/" + receipt);
        PAGES.put("a running tally", "/campaigns/" + campaign.slug() + "/results");
        PAGES.put("a campaign's results", "/campaigns/jiangchuan-7th-moral-models/results");
        CampaignFixtures.Campaign nominating = CampaignFixtures.campaign().voting(Duration.ofDays(25), Duration.ofDays(30)).create();
        PAGES.put("a campaign's nomination form", "/campaigns/" + nominating.slug() + "/nominate");
        CampaignFixtures.Campaign onNotice = CampaignFixtures.campaign().voting(Duration.ofDays(2), Duration.ofDays(6)).create();
        candidateOnNotice = "/campaigns/" + onNotice.slug() + "/candidates/001";
        PAGES.put("a candidate on public notice, with the objection form", candidateOnNotice);
        PAGES.put("a tracked objection", "/campaigns/" + onNotice.slug() + "/objections/"
                + CampaignFixtures.objection(onNotice.id(), onNotice.in("HELPING_OTHERS").get(0), "候选人事迹中的服务时长与社区记录不符，请核实。"));
        PAGES.put("staff sign-in", "/login.xhtml");
        PAGES.put("error page (404)", "/no-such-page-" + suffix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void everyPublicPageHasNoSeriousOrCriticalViolation(String language) {
        speak(language);
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            if (page.getKey().equals("search results")) {
                awaitSearchable();
            }
            browser.open(page.getValue());
            assertEquals(language, browser.find(By.tagName("html")).getAttribute("lang"), page.getKey() + " in " + language);
            List<String> onPage = Accessibility.violations(browser);
            if (!onPage.isEmpty()) {
                found.add(page.getKey() + " (" + page.getValue() + "):");
                found.addAll(onPage);
            }
        }
        assertTrue(found.isEmpty(), "serious or critical accessibility violations in " + language + ":\n" + String.join("\n", found));
    }

    /** Error states are where forms often lose their names and descriptions. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void theNominationFormWithItsFieldErrorsHasNoSeriousOrCriticalViolation(String language) {
        speak(language);
        browser.open("/goodpeople/nominate");
        browser.find(By.id("nominate:nominee")).sendKeys("张三");
        browser.find(By.id("nominate:story")).sendKeys("太短了");
        browser.find(By.id("nominate:submit")).click();
        browser.await(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertFalse(browser.text(By.id("nominate:district-error")).isBlank(), "the broken rule is said next to its field");
        Accessibility.check(browser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void theObjectionFormWithAFieldErrorHasNoSeriousOrCriticalViolation(String language) {
        speak(language);
        browser.open(candidateOnNotice);
        browser.find(By.id("objector")).sendKeys("张三");
        browser.find(By.id("grounds")).sendKeys("太短了");
        browser.find(By.cssSelector("#objection button[type=submit]")).click();
        browser.await(d -> !d.findElements(By.id("grounds-error")).isEmpty());
        assertFalse(browser.text(By.id("grounds-error")).isBlank(), "the broken rule is said next to its field");
        Accessibility.check(browser);
    }

    /** The titles the search box offers while a visitor types, one of them chosen with the arrow keys. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void theSearchBoxWithItsOfferedTitlesHasNoSeriousOrCriticalViolation(String language) {
        awaitSearchable();
        speak(language);
        WebElement box = browser.find(By.id("site-search"));
        box.sendKeys(TITLES);
        browser.await(d -> d.findElement(By.id("site-search-titles")).isDisplayed()
                && d.findElements(By.cssSelector("#site-search-titles [role=option]")).size() >= 2);
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("site-search-title-0", box.getAttribute("aria-activedescendant"));
        Accessibility.check(browser);
    }

    /** The search index follows the database within moments of the fixtures' writes. */
    private void awaitSearchable() {
        Visitor visitor = new Visitor();
        String query = "/api/search?q=" + URLEncoder.encode(searchedTitle, StandardCharsets.UTF_8);
        browser.await(d -> visitor.get(query).body().contains("/news/" + searchedArticle + "\""));
    }

    /** The language switch in the header, as a visitor uses it: remembered by a cookie. */
    private void speak(String language) {
        browser.open("/language?to=" + language + "&next=/");
        browser.await(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
