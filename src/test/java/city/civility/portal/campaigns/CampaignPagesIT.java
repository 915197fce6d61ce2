package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.CampaignFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Sitemaps;
import city.civility.portal.testing.Visitor;

/**
 * A campaign's public side: its pages in its current phase, its candidates, its JSON, its
 * place in the sitemap, menu and search; and the portal moving it on when its dates say.
 */
class CampaignPagesIT {

    private final Visitor visitor = new Visitor();

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited 30 s for " + what);
            Thread.sleep(500);
        }
    }

    /** The phases the scheduler moved the campaign into, in order, separated by spaces. */
    private static String moves(long campaign) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT note FROM campaign_event WHERE campaign_id = ? AND kind = 'PHASE_STARTED'"
                     + " AND actor = 'scheduler' ORDER BY happened_at, id")) {
            s.setLong(1, campaign);
            StringBuilder moves = new StringBuilder();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    moves.append(r.getString(1)).append(' ');
                }
            }
            return moves.toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aVotingCampaignShowsItsRulesCandidatesAndBallot() {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().picks(3, 12).firstNamed("欧阳明月").create();
        CampaignFixtures.withdraw(campaign.in("FAMILY").get(2));

        assertTrue(visitor.get("/campaigns").body().contains("/campaigns/" + campaign.slug()));
        String page = visitor.get("/campaigns/" + campaign.slug()).body();
        assertTrue(page.contains("每个类别最多选 3 人，总共最多选 12 人，至少选 1 人。"), page);
        assertTrue(page.contains("001</span> 欧阳明月") && page.contains("015</span> 候选人15"), "every candidate, by number");
        assertTrue(page.contains("已退出"), "a withdrawn candidate is marked");
        assertTrue(page.contains("aria-current=\"step\""), "the current phase is marked for screen readers");

        String candidate = visitor.get("/campaigns/" + campaign.slug() + "/candidates/001").body();
        assertTrue(candidate.contains("欧阳明月多年来热心帮助邻里") && candidate.contains("推荐单位：江川市总工会"), candidate);
        assertEquals(404, visitor.get("/campaigns/" + campaign.slug() + "/candidates/099").statusCode());
        assertEquals(404, visitor.get("/campaigns/no-such-campaign").statusCode());

        String ballot = visitor.get("/campaigns/" + campaign.slug() + "/vote").body();
        assertEquals(14, ballot.split("name=\"pick\"", -1).length - 1, "the withdrawn candidate is not on the ballot");
        assertTrue(ballot.contains("<legend>见义勇为</legend>") && ballot.contains("data-max-per-category=\"3\""));

        visitor.chooseLanguage("en");
        String english = visitor.get("/campaigns/" + campaign.slug()).body();
        assertTrue(english.contains("Choose at most 3 per category and 12 in all, at least one.") && english.contains("Courage"), english);
    }

    @Test
    void theCampaignsJsonHasItsPhaseRulesAndCandidatesAndTheResultsOnlyWhenPublic() {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().create();
        HttpResponse<String> json = visitor.get("/api/campaigns/" + campaign.slug());
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"phase\":\"VOTING\"") && json.body().contains("\"maxPerCategory\":10")
                && json.body().contains("\"number\":\"015\""), json.body());
        assertFalse(json.body().contains("reviewer") || json.body().contains("decisionReason"), "nothing of the office's review");
        HttpResponse<String> results = visitor.get("/api/campaigns/" + campaign.slug() + "/results");
        assertEquals(409, results.statusCode(), "a hidden tally is not published before the results");
        assertTrue(results.body().contains("结果将在结果公示阶段公布"), results.body());
        assertEquals(404, visitor.get("/api/campaigns/no-such-campaign").statusCode());
    }

    @Test
    void thePortalOpensTheVoteOnTimeAndRecordsEveryMove() throws InterruptedException {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().voting(Duration.ofMinutes(10), Duration.ofDays(2))
                .firstNamed("司马清风").create();
        await("the notice phase", () -> visitor.get("/api/campaigns/" + campaign.slug()).body().contains("\"phase\":\"NOTICE\""));
        assertFalse(visitor.get("/campaigns/" + campaign.slug() + "/vote").body().contains("name=\"pick\""));
        await("the candidate in search", () -> visitor.get("/api/search?q=%E5%8F%B8%E9%A9%AC%E6%B8%85%E9%A3%8E&type=candidate").body()
                .contains("/campaigns/" + campaign.slug() + "/candidates/001"));

        PortalServer.get().advanceClock(Duration.ofMinutes(11));
        await("the ballot", () -> visitor.get("/campaigns/" + campaign.slug() + "/vote").body().contains("name=\"pick\""));
        await("the scheduler's move to voting", () -> moves(campaign.id()).endsWith("VOTING "));
        // The fixture is written as nominations leave it; the scheduler recorded every phase it moved it through since.
        assertEquals("REVIEW NOTICE VOTING ", moves(campaign.id()));
        String sitemap = Sitemaps.all(visitor);
        assertTrue(sitemap.contains("/campaigns/" + campaign.slug() + "/candidates/001"), "candidates are in the sitemap");
        assertTrue(visitor.get("/").body().contains("href=\"/campaigns\""), "the menu leads to the campaigns");
    }
}
