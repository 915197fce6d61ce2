package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.CampaignFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;
import city.civility.portal.testing.Voter;

/**
 * A scripted ballot-stuffer: many phones from one /24, each ballot sent the moment its page
 * opens, in the middle of the night. Its ballots are kept but set aside, the first ones too,
 * and the public tally leaves them out; the residents' ballots around it count.
 */
class BallotStuffingIT {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    /** The portal's clock moved on to two in the morning in the office's time zone (at most a day). */
    private static void moveToTheNight() {
        ZonedDateTime now = PortalServer.get().now().atZone(OFFICE);
        ZonedDateTime night = now.with(LocalTime.of(2, 0));
        if (!night.isAfter(now)) {
            night = night.plusDays(1);
        }
        PortalServer.get().advanceClock(Duration.between(now, night));
    }

    /** A candidate's counted and set-aside ballots in the public tally, once it shows {@code ballots} ballots (it is recounted within seconds). */
    private static long[] publicVotes(String slug, long candidate, long ballots) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            String json = new Visitor().get("/api/campaigns/" + slug + "/results").body();
            Matcher total = Pattern.compile("\"ballots\":\\{\"counted\":([0-9]+),\"setAside\":([0-9]+)").matcher(json);
            Matcher votes = Pattern.compile("\"id\":" + candidate + ",[^{}]*\"votes\":\\{\"counted\":([0-9]+),\"setAside\":([0-9]+)").matcher(json);
            assertTrue(total.find() && votes.find(), json);
            if (Long.parseLong(total.group(1)) + Long.parseLong(total.group(2)) == ballots) {
                return new long[] {Long.parseLong(votes.group(1)), Long.parseLong(votes.group(2))};
            }
            assertTrue(System.nanoTime() < deadline, "the public tally did not catch up with " + ballots + " ballots: " + json);
            Thread.sleep(500); // polling for the recount the page waits for, not a fixed wait
        }
    }

    @Test
    void aNightTimeStufferFromOneNetworkIsSetAsideAndLeftOutOfThePublicTally() throws Exception {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().tallyPublic().voting(Duration.ofDays(-1), Duration.ofDays(3)).create();
        long pushed = campaign.in("COURAGE").get(1);
        long other = campaign.in("FAMILY").get(0);
        moveToTheNight();

        // Residents voting that night from their own homes, taking their time.
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> resident = Voter.minted("100.64." + i + ".20", String.format("1350000%04d", i)).cast(campaign.slug(), List.of(pushed, other));
            assertNotNull(Voter.receiptOf(resident), Voter.refusalOf(resident));
        }
        List<String> stuffed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> ballot = Voter.minted("203.0.113." + (10 + i), String.format("1350001%04d", i))
                    .cast(campaign.slug(), List.of(pushed), null, Duration.ZERO);
            String number = Voter.receiptOf(ballot);
            assertNotNull(number, "a suspicious ballot is kept, not refused: " + Voter.refusalOf(ballot));
            stuffed.add(number);
        }

        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT ballot_number, status, signals FROM ballot WHERE campaign_id = ? AND subnet = '203.0.113.0/24'")) {
            s.setLong(1, campaign.id());
            try (ResultSet r = s.executeQuery()) {
                int seen = 0;
                while (r.next()) {
                    seen++;
                    assertEquals("SET_ASIDE", r.getString(2), "ballot " + r.getString(1));
                    assertTrue(r.getString(3).contains("NIGHT") || r.getString(3).contains("TOO_FAST"), r.getString(3));
                }
                assertEquals(30, seen);
            }
        }
        assertEquals(4 + 30, CampaignFixtures.ballots(campaign.id())[0] + CampaignFixtures.ballots(campaign.id())[1]);
        assertEquals(4, CampaignFixtures.ballots(campaign.id())[0], "the residents' ballots count");
        long[] votes = publicVotes(campaign.slug(), pushed, 4 + 30);
        assertEquals(4, votes[0], "the public tally leaves the stuffer's ballots out");
        assertEquals(30, votes[1], "and shows them as set aside");

        String receipt = new Visitor().get("/campaigns/" + campaign.slug() + "/ballots/" + stuffed.get(0)).body();
        assertTrue(receipt.contains("待复核"), "the voter sees their ballot set aside for review");
        Instant after = PortalServer.get().now();
        assertTrue(after.atZone(OFFICE).getHour() < 6, "still night: " + after);
    }
}
