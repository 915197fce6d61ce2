package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.CampaignFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;
import city.civility.portal.testing.Voter;

/**
 * A reviewer's day after a stuffer: the set-aside ballots wait in one group (their rules, their
 * network); voiding them needs a reason, leaves them kept as void, and their voter's receipt
 * says so; the office exports every ballot for the audit without a phone number in it.
 */
class BallotReviewBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aReviewerVoidsAStuffersBallotsWithAReasonAndExportsEveryBallot() throws Exception {
        PortalServer.get().daytime(); // a stuffer by day: the night's own rule is BallotStuffingIT's
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().tallyPublic().create();
        long pushed = campaign.in("HONESTY").get(0);
        HttpResponse<String> resident = Voter.minted("100.66.1.20", "13600000001").cast(campaign.slug(), List.of(pushed));
        assertNotNull(Voter.receiptOf(resident), Voter.refusalOf(resident));
        List<String> stuffed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> ballot = Voter.minted("203.0.113." + (100 + i), String.format("1360001%04d", i))
                    .cast(campaign.slug(), List.of(pushed), null, Duration.ZERO);
            stuffed.add(Voter.receiptOf(ballot));
        }
        assertArrayEquals(new long[] {1, 12, 0}, CampaignFixtures.ballots(campaign.id()));

        String reviewer = StaffAccounts.create("ballots", "REVIEWER");
        new SignInPage(browser).open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/ballots.xhtml?campaign=" + campaign.slug());
        String group = browser.text(By.id("review:groups"));
        assertTrue(group.contains("203.0.113.0/24") && group.contains("12") && group.contains("填写速度快于常人"), group);

        browser.find(By.xpath("//tr[contains(., '203.0.113.0/24')]//button[contains(., '作废')]")).click();
        browser.awaitAjax();
        assertTrue(browser.text(By.id("review:messages")).contains("复核理由应为 2 至 500 个字"), "a decision needs its reason");
        assertArrayEquals(new long[] {1, 12, 0}, CampaignFixtures.ballots(campaign.id()));

        browser.find(By.id("review:reason")).sendKeys("同一网段在一分钟内投票十二次，页面未停留，认定为刷票");
        browser.find(By.xpath("//tr[contains(., '203.0.113.0/24')]//button[contains(., '作废')]")).click();
        browser.awaitAjax();
        assertTrue(browser.text(By.id("review:messages")).contains("已作废 12 张来自 203.0.113.0/24 的选票。"), browser.text(By.tagName("main")));
        assertArrayEquals(new long[] {1, 0, 12}, CampaignFixtures.ballots(campaign.id()));
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ballot WHERE campaign_id = ? AND status = 'VOIDED' AND reviewed_by = ?"
                     + " AND review_reason LIKE '同一网段%'")) {
            s.setLong(1, campaign.id());
            s.setString(2, reviewer);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(12, r.getInt(1), "who voided them and why is kept with each ballot");
            }
        }
        assertTrue(new Visitor().get("/campaigns/" + campaign.slug() + "/ballots/" + stuffed.get(3)).body().contains("无效"));
        String results = new Visitor().get("/api/campaigns/" + campaign.slug() + "/results").body();
        assertTrue(results.contains("\"id\":" + pushed + ",") && results.contains("\"votes\":{\"counted\":1,\"setAside\":0,\"voided\":12}"), results);

        Visitor office = new Visitor();
        assertEquals(302, office.signIn(reviewer, StaffAccounts.PASSWORD).statusCode());
        String page = office.get("/admin/ballots.xhtml?campaign=" + campaign.slug()).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("review", "review");
        form.put("review:csv", "");
        form.put("jakarta.faces.ViewState", Visitor.viewState(page));
        HttpResponse<byte[]> csv = office.postForBytes("/admin/ballots.xhtml?campaign=" + campaign.slug(), form);
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"选票编号\",\"投票时间\",\"状态\""), text.substring(0, Math.min(200, text.length())));
        assertEquals(1 + 13, text.split("\r\n").length, "a header and every ballot");
        assertTrue(text.contains(stuffed.get(0)) && text.contains("\"无效\"") && text.contains("\"已计入\""), text);
        assertFalse(text.contains("1360001") || text.contains("203.0.113.1"), "no phone number, no whole address in the export");
    }
}
