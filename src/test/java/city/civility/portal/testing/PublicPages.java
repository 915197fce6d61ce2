package city.civility.portal.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every public page of the portal, by what it is, each showing content made for the test:
 * what the accessibility and the validity tests go through. A new public page joins them
 * by being listed here once.
 */
public final class PublicPages {

    /** What the test's own articles' titles begin with. */
    public static final String TITLES = "无障碍检查示范";

    /**
     * The pages, with what some tests look for on them: the article search should find (by
     * its title) and a candidate's page while the candidates are on public notice (it has the
     * objection form).
     */
    public record Shown(Map<String, String> pages, String searchedTitle, long searchedArticle, String candidateOnNotice) {
    }

    private PublicPages() {
    }

    private static Shown shown;

    /** Makes the content (once for all the tests that go through the pages: a 好人榜 month is published once) and lists the pages that show it. */
    public static synchronized Shown withContent() {
        if (shown == null) {
            shown = make();
        }
        return shown;
    }

    private static Shown make() {
        Map<String, String> pages = new LinkedHashMap<>();

        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String title = TITLES + "文章" + suffix;
        long article = NewsFixtures.article(title, "news", "<p>本市推进无障碍环境建设，方便每一位市民出行和办事。</p>"
                + "<h2>主要做法</h2><ul><li>盲道和坡道逐条检查</li><li>政务网站适老化改造</li></ul>"
                + "<table><thead><tr><th>项目</th><th>完成数</th></tr></thead><tbody><tr><td>坡道</td><td>120</td></tr></tbody></table>"
                + "<p>详见<a href=\"/channel/notices\">通知公告</a>。</p>", NewsFixtures.State.PUBLISHED);
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

        pages.put("home", "/");
        pages.put("news channel", "/channel/news");
        pages.put("article", "/news/" + article);
        pages.put("topics", "/topics");
        pages.put("topic", "/topic/" + topic);
        pages.put("search results", "/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        pages.put("search without results", "/search?q=" + URLEncoder.encode("没有这样的文章" + suffix, StandardCharsets.UTF_8));
        pages.put("身边好人 round", "/goodpeople");
        pages.put("身边好人 entry", "/goodpeople/" + candidate);
        pages.put("好人榜", "/goodpeople/board/" + boardRound);
        pages.put("nomination form", "/goodpeople/nominate");
        pages.put("tracking page", "/goodpeople/track");
        pages.put("a tracked nomination", "/goodpeople/track?number=" + GoodPeopleFixtures.trackingNumber(candidate));
        pages.put("an unknown tracking number", "/goodpeople/track?number=GP-202201-ZZZZZZZ");
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().tallyPublic().create();
        String receipt = Voter.receiptOf(Voter.minted("198.18.240.1", "13799990001").cast(campaign.slug(),
                List.of(campaign.in("COURAGE").get(0), campaign.in("FAMILY").get(1))));
        pages.put("道德模范 campaigns", "/campaigns");
        pages.put("a voting campaign", "/campaigns/" + campaign.slug());
        pages.put("a candidate", "/campaigns/" + campaign.slug() + "/candidates/001");
        pages.put("the ballot", "/campaigns/" + campaign.slug() + "/vote");
        pages.put("a ballot's receipt", "/campaigns/" + campaign.slug() + "/ballots/" + receipt);
        pages.put("a running tally", "/campaigns/" + campaign.slug() + "/results");
        pages.put("a campaign's results", "/campaigns/jiangchuan-7th-moral-models/results");
        CampaignFixtures.Campaign nominating = CampaignFixtures.campaign().voting(Duration.ofDays(25), Duration.ofDays(30)).create();
        pages.put("a campaign's nomination form", "/campaigns/" + nominating.slug() + "/nominate");
        CampaignFixtures.Campaign onNotice = CampaignFixtures.campaign().voting(Duration.ofDays(2), Duration.ofDays(6)).create();
        String candidateOnNotice = "/campaigns/" + onNotice.slug() + "/candidates/001";
        pages.put("a candidate on public notice, with the objection form", candidateOnNotice);
        pages.put("a tracked objection", "/campaigns/" + onNotice.slug() + "/objections/"
                + CampaignFixtures.objection(onNotice.id(), onNotice.in("HELPING_OTHERS").get(0), "候选人事迹中的服务时长与社区记录不符，请核实。"));
        FeedbackFixtures.Sent complaint = FeedbackFixtures.complaint("PUBLIC_FACILITIES",
                "无障碍坡道的扶手松动了，坐轮椅的居民上下坡很危险，请尽快维修。" + suffix, "江川市人民路88号政务服务中心门口",
                "a11y-" + suffix + "@example.com");
        FeedbackFixtures.accept(complaint.number());
        pages.put("complaints and suggestions", "/feedback");
        pages.put("the case form", "/feedback/new");
        pages.put("a public case, with the mine-too form", "/feedback/cases/" + complaint.number());
        pages.put("a case's status page, with the follow-up form", complaint.link());
        pages.put("the exposure board (曝光台)", "/exposure");
        pages.put("a case's status page behind a wrong link", "/feedback/track/" + complaint.number() + "?key=wrong");
        java.util.regex.Matcher ad = java.util.regex.Pattern.compile("href=\"(/ads/[0-9]+)\"").matcher(new Visitor().get("/ads").body());
        if (!ad.find()) {
            throw new IllegalStateException("the demo city's ads are not in the gallery");
        }
        LocalDate today = PortalServer.get().now().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        long call = AdFixtures.call("无障碍公益海报征集" + suffix, today.minusDays(1), today.plusDays(20));
        pages.put("the ad gallery", "/ads");
        pages.put("an ad", ad.group(1));
        pages.put("calls for works", "/ads/calls");
        pages.put("a call for works, with its form", "/ads/calls/" + call);
        pages.put("a work's tracking page, unknown number", "/ads/calls/track?number=ZJ-202201-ZZZZZZZ");
        pages.put("staff sign-in", "/login.xhtml");
        pages.put("error page (404)", "/no-such-page-" + suffix);
        return new Shown(Collections.unmodifiableMap(pages), title, article, candidateOnNotice);
    }
}
