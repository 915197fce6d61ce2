package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.CampaignFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;
import city.civility.portal.testing.Voter;

/**
 * The ballot's rules as a voter meets them: a ballot within the campaign's rules is kept and
 * answered with a receipt; each broken rule is refused on the ballot page with the reason in
 * the voter's language, and nothing of the refused ballot is kept.
 */
class BallotRulesIT {

    private static int voters = 0;

    private static synchronized String phone() {
        return String.format("1370000%04d", ++voters);
    }

    private static synchronized String address() {
        return "198.18." + (voters / 200) + "." + (1 + voters % 200);
    }

    private static Voter voter() {
        return Voter.minted(address(), phone());
    }

    private static void refused(HttpResponse<String> answer, String message, long campaign, long[] before) {
        assertEquals(422, answer.statusCode(), answer.body());
        assertEquals(message, Voter.refusalOf(answer));
        assertArrayEquals(before, CampaignFixtures.ballots(campaign), "a refused ballot keeps nothing");
    }

    @Test
    void aVerifiedResidentVotesWithinTheLimitsGetsAReceiptAndCannotVoteTwice() throws Exception {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().picks(2, 4).create();
        String phone = phone();
        Voter resident = Voter.verified(address(), phone);
        List<Long> picks = List.of(campaign.in("HELPING_OTHERS").get(0), campaign.in("HELPING_OTHERS").get(2), campaign.in("FAMILY").get(1));
        HttpResponse<String> cast = resident.cast(campaign.slug(), picks);
        String number = Voter.receiptOf(cast);
        assertNotNull(number, cast.statusCode() + " " + Voter.refusalOf(cast));

        String receipt = new Visitor().get(cast.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertTrue(receipt.contains(number) && receipt.contains("已计入") && receipt.contains("您的选票已保存"), receipt);
        assertFalse(receipt.contains("候选人1<") || receipt.contains("候选人3<"), "a receipt never shows the choices");
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT b.voter_key, b.phone_key, b.status, COUNT(p.nominee_id) FROM ballot b"
                     + " JOIN ballot_pick p ON p.ballot_id = b.id WHERE b.ballot_number = ? GROUP BY b.voter_key, b.phone_key, b.status")) {
            s.setString(1, number);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertFalse(r.getString(1).contains(phone) || r.getString(2).contains(phone), "the phone is kept only as a keyed hash");
                assertEquals("COUNTED", r.getString(3));
                assertEquals(3, r.getInt(4));
            }
        }

        long[] kept = CampaignFixtures.ballots(campaign.id());
        refused(resident.onAnotherDevice().cast(campaign.slug(), List.of(campaign.in("COURAGE").get(0))),
                "这个手机号码（或身份证号码）已经在本次评选中投过票了。", campaign.id(), kept);
        refused(resident.onAnotherDevice().inLanguage("en").cast(campaign.slug(), List.of(campaign.in("COURAGE").get(0))),
                "This mobile number (or ID number) has already voted in this campaign.", campaign.id(), kept);
    }

    @Test
    void everyBrokenRuleIsRefusedWithItsReasonAndNothingIsKept() {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().picks(2, 4).create();
        CampaignFixtures.Campaign other = CampaignFixtures.campaign().create();
        CampaignFixtures.withdraw(campaign.in("HONESTY").get(1));
        Voter voter = voter();
        long[] none = CampaignFixtures.ballots(campaign.id());

        refused(voter.cast(campaign.slug(), campaign.in("COURAGE")), "“见义勇为”类最多选 2 人，您选了 3 人。", campaign.id(), none);
        refused(voter.cast(campaign.slug(), List.of(campaign.in("HELPING_OTHERS").get(0), campaign.in("COURAGE").get(0),
                campaign.in("HONESTY").get(0), campaign.in("DEDICATION").get(0), campaign.in("FAMILY").get(0))),
                "总共最多选 4 人，您选了 5 人。", campaign.id(), none);
        refused(voter.cast(campaign.slug(), List.of()), "请至少选择一位候选人。", campaign.id(), none);
        refused(voter.cast(campaign.slug(), List.of(campaign.in("FAMILY").get(0), other.in("FAMILY").get(0))),
                "选票中有不属于本次评选的候选人，请重新选择。", campaign.id(), none);
        refused(voter.cast(campaign.slug(), List.of(campaign.in("HONESTY").get(1))), "008 号候选人 候选人8 已退出评选，请取消对其的选择。",
                campaign.id(), none);
        refused(voter.cast(campaign.slug(), List.of("abc", String.valueOf(campaign.in("FAMILY").get(0)))), "选票中有不在候选名单上的选择，请重新选择。",
                campaign.id(), none);
        refused(voter().withoutProof().cast(campaign.slug(), List.of(campaign.in("FAMILY").get(0))), "请先用短信验证码验证您的手机号码。",
                campaign.id(), none);

        // The refused voter mends the ballot and votes: none of the refusals spent anything.
        HttpResponse<String> mended = voter.cast(campaign.slug(), List.of(campaign.in("COURAGE").get(0), campaign.in("COURAGE").get(1)));
        assertNotNull(Voter.receiptOf(mended), Voter.refusalOf(mended));
        assertArrayEquals(new long[] {1, 0, 0}, CampaignFixtures.ballots(campaign.id()));
    }

    @Test
    void aBallotOutsideTheVotingWindowIsRefused() {
        CampaignFixtures.Campaign early = CampaignFixtures.campaign().voting(Duration.ofHours(2), Duration.ofDays(2)).create();
        CampaignFixtures.Campaign late = CampaignFixtures.campaign().voting(Duration.ofDays(-5), Duration.ofHours(-1)).create();
        refused(voter().cast(early.slug(), List.of(early.in("FAMILY").get(0))), "投票尚未开始。", early.id(), new long[3]);
        refused(voter().cast(late.slug(), List.of(late.in("FAMILY").get(0))), "投票已经结束。", late.id(), new long[3]);
        String page = new Visitor().get("/campaigns/" + early.slug() + "/vote").body();
        assertFalse(page.contains("name=\"pick\""), "no ballot is offered before voting opens");
    }

    @Test
    void anIdNumberMustBeValidAndVotesWithTheFirstPhoneOnly() throws SQLException {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().withIdNumbers().create();
        List<Long> picks = List.of(campaign.in("DEDICATION").get(2));
        Voter first = voter();
        refused(first.cast(campaign.slug(), picks, "110105194912310021", Duration.ofMinutes(1)),
                "身份证号码不正确，请核对后重新填写（18 位，最后一位可能是 X）。", campaign.id(), new long[3]);
        refused(first.cast(campaign.slug(), picks, null, Duration.ofMinutes(1)),
                "身份证号码不正确，请核对后重新填写（18 位，最后一位可能是 X）。", campaign.id(), new long[3]);
        HttpResponse<String> voted = first.cast(campaign.slug(), picks, "11010519491231002x", Duration.ofMinutes(1));
        assertNotNull(Voter.receiptOf(voted), Voter.refusalOf(voted));

        refused(first.withPhone(phone()).cast(campaign.slug(), picks, "11010519491231002X", Duration.ofMinutes(1)),
                "这个身份证号码已经用另一个手机号码投过票，请用原来的手机号码。", campaign.id(), new long[] {1, 0, 0});
        refused(first.onAnotherDevice().cast(campaign.slug(), picks, "11010519491231002X", Duration.ofMinutes(1)),
                "这个手机号码（或身份证号码）已经在本次评选中投过票了。", campaign.id(), new long[] {1, 0, 0});
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM campaign_voter v JOIN ballot b ON b.campaign_id = v.campaign_id"
                     + " WHERE v.campaign_id = ? AND (v.id_key LIKE '%19491231%' OR b.voter_key LIKE '%19491231%')")) {
            s.setLong(1, campaign.id());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(0, r.getInt(1), "the ID number is kept only as a keyed hash");
            }
        }
    }

    /**
     * A ballot that meets an unfinished ballot of the same voter (another transaction holds its
     * key) is not answered "already voted" while nothing of the voter's is kept; when the other
     * ballot is undone, this one counts.
     */
    @Test
    void aBallotMeetingAnUnfinishedOneOfTheSameVoterCountsWhenThatOneIsUndone() throws Exception {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().withIdNumbers().create();
        String id = "11010519491231002X";
        Voter voter = voter();
        try (Connection other = PortalServer.get().database()) {
            other.setAutoCommit(false);
            try (PreparedStatement s = other.prepareStatement("INSERT INTO ballot (campaign_id, ballot_number, voter_key, voting_period, phone_key,"
                    + " device, address, subnet, picks_key, fill_seconds, cast_at, status) VALUES (?, ?, ?, 'campaign', 'other', 'other',"
                    + " '198.51.100.1', '198.51.100.0', 'other', 60, ?, 'COUNTED')")) {
                s.setLong(1, campaign.id());
                s.setString(2, "TEST-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
                s.setString(3, idKey(campaign.id(), id));
                s.setObject(4, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                s.executeUpdate();
            }
            CompletableFuture<HttpResponse<String>> cast = CompletableFuture.supplyAsync(
                    () -> voter.cast(campaign.slug(), List.of(campaign.in("FAMILY").get(0)), id, Duration.ofMinutes(1)));
            try {
                HttpResponse<String> early = cast.get(2, TimeUnit.SECONDS);
                assertNotEquals("这个手机号码（或身份证号码）已经在本次评选中投过票了。", Voter.refusalOf(early),
                        "refused as already voted while the other ballot was not kept yet");
            } catch (TimeoutException waiting) {
                // the ballot waits for the unfinished one, as it should
            }
            other.rollback();
            HttpResponse<String> answer = cast.get(30, TimeUnit.SECONDS);
            assertNotNull(Voter.receiptOf(answer), answer.statusCode() + " " + Voter.refusalOf(answer));
        }
        assertArrayEquals(new long[] {1, 0, 0}, CampaignFixtures.ballots(campaign.id()));
    }

    /** The voter key of an ID number, as the portal makes it with the test server's secret (PortalServer). */
    private static String idKey(long campaign, String id) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PortalServer.VOTING_ID_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((campaign + ":" + id).getBytes(StandardCharsets.UTF_8)));
    }
}
