package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.CampaignFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Sitemaps;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;
import city.civility.portal.testing.Voter;

/**
 * What residents send to a 道德模范 campaign besides their ballot, sent as its pages send it
 * (plain forms with the form's token and challenge answer and a contact verified by a real
 * code): objections to a candidate during 公示, answered by the office; nominations that wait
 * in the office's moderation queue. And that the residents' contacts stay private throughout.
 */
class CampaignParticipationIT {

    private static final String GROUNDS = "据我所知，这位候选人事迹中所写的志愿服务时长与社区的登记记录不符，请文明办核实。";
    private static final String STORY = "她在社区义务教老人用智能手机八年，每周两次，从不间断，还把常见问题编成了大字号的小册子免费发放给大家，深受邻居们喜爱。";
    private static int addresses = 10;
    /** Residents' names of this run, which no other content has. */
    private static final String OBJECTOR = "异议人" + Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final String NOMINATOR = "推荐人" + Long.toString(System.nanoTime() % 1_000_000, 36);

    private final Visitor resident = new Visitor().sending("X-Forwarded-For", "198.51.101." + (addresses++));

    /** A campaign whose candidates are on public notice (公示) now; voting begins in two days. */
    private static CampaignFixtures.Campaign inNotice() {
        return CampaignFixtures.campaign().voting(Duration.ofDays(2), Duration.ofDays(6)).create();
    }

    /** A campaign taking nominations now (its review begins in five days). */
    private static CampaignFixtures.Campaign takingNominations() {
        return CampaignFixtures.campaign().voting(Duration.ofDays(25), Duration.ofDays(30)).create();
    }

    private static String newPhone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The proof that the resident owns {@code phone}, as the form's script gets it: a code by text message, typed back. */
    private String verified(String phone) {
        Map<String, String> ask = resident.formPass("contact-code");
        ask.put("contact", phone);
        HttpResponse<String> sent = resident.post("/api/participation/contact-codes", ask);
        assertEquals(200, sent.statusCode(), sent.body());
        HttpResponse<String> verified = resident.post("/api/participation/contact-codes/verify",
                Map.of("contact", phone, "code", PortalServer.get().smsCodeSentTo(phone)));
        Matcher proof = Pattern.compile("\"proof\":\"([^\"]+)\"").matcher(verified.body());
        assertTrue(proof.find(), verified.body());
        return proof.group(1);
    }

    private Map<String, String> objection(String name, String grounds, String phone, String proof, Map<String, String> pass) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("objector", name, "grounds", grounds, "contact", phone, "contactProof", proof));
        form.putAll(pass);
        return form;
    }

    private Map<String, String> nomination(String category, String nominee, String story, boolean consent, String phone, String proof,
            Map<String, String> pass) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("category", category, "nominee", nominee, "district", "滨河区", "story", story,
                "nominator", NOMINATOR, "contact", phone, "contactProof", proof));
        if (consent) {
            form.put("consent", "on");
        }
        form.putAll(pass);
        return form;
    }

    /** The tracking page an accepted form sends the resident to (a 303 after the commit). */
    private static String trackingPage(HttpResponse<String> accepted) {
        assertEquals(303, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/campaigns/"));
    }

    private static String numberOf(String trackingPage) {
        Matcher number = Pattern.compile("/(YY|TJ)-[0-9]{6}-[0-9A-Z]{7}").matcher(trackingPage);
        assertTrue(number.find(), trackingPage);
        return number.group().substring(1);
    }

    private static Visitor reviewer() {
        Visitor reviewer = new Visitor();
        assertEquals(302, reviewer.signIn(StaffAccounts.create("reviewer", "REVIEWER"), StaffAccounts.PASSWORD).statusCode());
        return reviewer;
    }

    @Test
    void anObjectionFiledDuringTheNoticeIsTrackedByItsNumberAndAnsweredByTheOffice() {
        CampaignFixtures.Campaign campaign = inNotice();
        String candidatePage = "/campaigns/" + campaign.slug() + "/candidates/001";
        String page = resident.get(candidatePage).body();
        assertTrue(page.contains("id=\"objection\"") && page.contains("候选人公示期间，任何人都可以对候选人提出异议，截止时间："), page);

        String phone = newPhone();
        String tracking = trackingPage(resident.post(candidatePage, objection(OBJECTOR, GROUNDS, phone, verified(phone),
                resident.formPass("campaign-objection"))));
        assertTrue(tracking.startsWith("/campaigns/" + campaign.slug() + "/objections/YY-") && tracking.endsWith("?filed"), tracking);
        String number = numberOf(tracking);
        String filed = resident.get(tracking).body();
        assertTrue(filed.contains(number) && filed.contains(GROUNDS) && filed.contains("已受理，等待答复") && filed.contains("候选人1"), filed);
        assertFalse(filed.contains(phone) || filed.contains(OBJECTOR), "the tracking page shows what was objected to, never who objected");
        assertEquals(404, new Visitor().get("/campaigns/" + campaign.slug() + "/objections/YY-202201-ZZZZZZZ").statusCode());

        Visitor office = reviewer();
        assertTrue(office.get("/admin/index.xhtml").body().contains("等待答复的异议："), "the dashboard counts the waiting objections");
        String list = office.get("/admin/campaign-objections.xhtml").body();
        assertTrue(list.contains(number), "the office's list has it");
        long id = objectionId(number);
        String shown = office.get("/admin/campaign-objections.xhtml?id=" + id).body();
        assertTrue(shown.contains("志愿服务时长") && shown.contains(OBJECTOR) && shown.contains(phone.substring(0, 3) + "****"),
                "the office reads the grounds and who objected, the contact masked: " + shown);
        assertFalse(shown.contains(phone), "not even the office's list shows the whole contact");

        String refused = office.post("/admin/campaign-objections.xhtml?id=" + id, answer(shown, " ", true)).body();
        assertTrue(refused.contains("请填写答复，2 到 2000 个字"), refused);
        assertTrue(resident.get(tracking).body().contains("已受理，等待答复"), "an answer refused is no answer");

        String answered = office.post("/admin/campaign-objections.xhtml?id=" + id,
                answer(refused, "经核实，该候选人的服务时长登记有误，异议成立，已转评审委员会处理。", true)).body();
        assertTrue(answered.contains("异议 " + number + " 已答复。"), answered);
        String followed = resident.get(tracking).body();
        assertTrue(followed.contains("已答复") && followed.contains("异议成立") && followed.contains("服务时长登记有误"), followed);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'campaigns.objection-upheld' AND target_id = ?", String.valueOf(id)),
                "answering is in the audit log");
        assertTrue(resident.get(candidatePage).body().contains("候选人1"), "upholding an objection does not itself withdraw the candidate");

        assertPrivate(campaign.slug(), List.of(phone, OBJECTOR), List.of(candidatePage, "/campaigns/" + campaign.slug(),
                "/api/campaigns/" + campaign.slug(), tracking.substring(0, tracking.indexOf('?'))));
    }

    /** The answer form of the office's page, as the browser sends it. */
    private static Map<String, String> answer(String page, String text, boolean upheld) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("answer", "answer");
        form.put("answer:text", text);
        if (upheld) {
            form.put("answer:upheld", "on");
        }
        form.put("answer:submit", "submit");
        form.put("jakarta.faces.ViewState", Visitor.viewState(page));
        return form;
    }

    @Test
    void objectionsAreRefusedOutsideTheNoticeAndForBadInputWithTheReasonBesideTheFieldAndNothingKept() {
        CampaignFixtures.Campaign voting = CampaignFixtures.campaign().create();
        String votingCandidate = "/campaigns/" + voting.slug() + "/candidates/001";
        assertFalse(resident.get(votingCandidate).body().contains("id=\"objection\""), "no objection form outside 公示");
        String phone = newPhone();
        String proof = verified(phone);
        HttpResponse<String> late = resident.post(votingCandidate, objection(OBJECTOR, GROUNDS, phone, proof, resident.formPass("campaign-objection")));
        assertEquals(422, late.statusCode());
        assertTrue(late.body().contains("异议只能在候选人公示期间提出。"), late.body());

        CampaignFixtures.Campaign campaign = inNotice();
        String candidatePage = "/campaigns/" + campaign.slug() + "/candidates/002";
        Map<String, String> pass = resident.formPass("campaign-objection");
        assertRefused(candidatePage, objection(OBJECTOR, "不符合", phone, proof, pass), "grounds", "异议内容请写 10 到 2000 个字，现在是 3 个字。");
        assertRefused(candidatePage, objection(" ", GROUNDS, phone, proof, pass), "objector", "请填写您的姓名，不超过 40 个字。");
        assertRefused(candidatePage, objection(OBJECTOR, GROUNDS, phone, "forged." + "A".repeat(43), pass), "contact", "请先获取验证码并完成验证");
        HttpResponse<String> noToken = resident.post(candidatePage, objection(OBJECTOR, GROUNDS, phone, proof, Map.of()));
        assertEquals(422, noToken.statusCode());
        assertTrue(noToken.body().contains("页面还没有完成安全校验") && noToken.body().contains(GROUNDS), "what was typed stays");
        assertEquals(0, count("SELECT COUNT(*) FROM campaign_objection WHERE campaign_id IN (?, ?)", voting.id(), campaign.id()),
                "nothing of a refused objection is kept");
        assertEquals(404, resident.post("/campaigns/" + campaign.slug() + "/candidates/099", objection(OBJECTOR, GROUNDS, phone, proof, pass))
                .statusCode());
        assertEquals(303, resident.post(candidatePage, objection(OBJECTOR, GROUNDS, phone, proof, pass)).statusCode(),
                "refusals left the token unused: the mended objection goes through");
    }

    private void assertRefused(String path, Map<String, String> form, String field, String message) {
        HttpResponse<String> answer = resident.post(path, form);
        assertEquals(422, answer.statusCode(), "the page is shown again, refused");
        Matcher beside = Pattern.compile("id=\"" + field + "-error\" class=\"field-error\">([^<]*)<").matcher(answer.body());
        assertTrue(beside.find() && beside.group(1).contains(message), "expected «" + message + "» beside " + field + " in: " + answer.body());
        assertTrue(answer.body().contains("aria-invalid=\"true\""), "the field is marked invalid for screen readers");
        for (String typed : List.of("objector", "grounds", "nominee", "story")) {
            String value = form.get(typed);
            if (value != null && !value.isBlank()) {
                assertTrue(answer.body().contains(value), "what was typed stays: " + typed);
            }
        }
    }

    @Test
    void aResidentsNominationWaitsInTheModerationQueueAndApprovedGoesToTheCommitteeNeverToTheBallot() throws SQLException {
        CampaignFixtures.Campaign campaign = takingNominations();
        String campaignPage = resident.get("/campaigns/" + campaign.slug()).body();
        assertTrue(campaignPage.contains("/campaigns/" + campaign.slug() + "/nominate"), "the campaign page leads to the nomination form");
        String nominatePath = "/campaigns/" + campaign.slug() + "/nominate";
        assertTrue(resident.get(nominatePath).body().contains("id=\"nominate\""));

        String nominee = "群众推荐" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String phone = newPhone();
        String tracking = trackingPage(resident.post(nominatePath, nomination("COURAGE", nominee, STORY, true, phone, verified(phone),
                resident.formPass("campaign-nomination"))));
        String number = numberOf(tracking);
        String waiting = resident.get(tracking).body();
        assertTrue(waiting.contains(number) && waiting.contains(nominee) && waiting.contains("等待审核") && waiting.contains("见义勇为"), waiting);
        assertEquals(0, count("SELECT COUNT(*) FROM campaign_nominee WHERE name = ?", nominee), "not a nominee while it waits");

        Visitor office = reviewer();
        String queue = office.get("/admin/moderation.xhtml").body();
        assertTrue(queue.contains("道德模范群众推荐") && queue.contains(number), "in the office's one moderation queue");
        office.post("/admin/moderation.xhtml", decision(queue, number, "approve", null));

        assertEquals(List.of("NOMINATED", "PUBLIC"), nomineeRow(nominee), "a nominee of the public, waiting for the committee");
        String approved = resident.get(tracking).body();
        assertTrue(approved.contains("已通过审核") && approved.contains("待评审"), approved);

        // The campaign moves on to voting without the committee passing the nominee: still not public, not on the ballot.
        execute("UPDATE campaign SET notice_from = ?, review_from = ?, voting_from = ? WHERE id = ?", campaign.id());
        String fresh = "?after-review=" + System.nanoTime(); // past any copy the page cache kept of the nomination phase
        assertFalse(resident.get("/campaigns/" + campaign.slug() + fresh).body().contains(nominee), "not on the campaign's page");
        String ballot = resident.get("/campaigns/" + campaign.slug() + "/vote" + fresh).body();
        assertTrue(ballot.contains("name=\"pick\"") && !ballot.contains(nominee), "the ballot is open, without the nominee");
        assertFalse(resident.get("/api/campaigns/" + campaign.slug() + fresh).body().contains(nominee), "nor in the JSON");
        HttpResponse<String> picked = Voter.minted("198.18.241." + (addresses++), newPhone()).cast(campaign.slug(), List.of(nomineeId(nominee)));
        assertEquals(422, picked.statusCode());
        assertEquals("选票中有不在候选名单上的选择，请重新选择。", Voter.refusalOf(picked));

        assertPrivate(campaign.slug(), List.of(phone, NOMINATOR), List.of("/campaigns/" + campaign.slug() + fresh, tracking.substring(0, tracking.indexOf('?'))));
    }

    @Test
    void aRejectedNominationShowsTheReasonOnItsTrackingPageAndBadNominationsAreRefused() {
        CampaignFixtures.Campaign campaign = takingNominations();
        String nominatePath = "/campaigns/" + campaign.slug() + "/nominate";
        String nominee = "退回推荐" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String phone = newPhone();
        String proof = verified(phone);
        Map<String, String> pass = resident.formPass("campaign-nomination");
        assertRefused(nominatePath, nomination("COURAGE", nominee, STORY, false, phone, proof, pass), "consent", "请确认事迹真实");
        assertRefused(nominatePath, nomination("COURAGE", nominee, "太短了", true, phone, proof, pass), "story", "事迹应为 50 至 6000 个字，现在是 3 个字。");
        assertRefused(nominatePath, nomination("NO_SUCH", nominee, STORY, true, phone, proof, pass), "category", "请选择本次评选的一个推荐类别。");
        assertEquals(0, count("SELECT COUNT(*) FROM campaign_public_nomination WHERE nominee_name = ?", nominee), "nothing of a refused nomination");

        CampaignFixtures.Campaign notice = inNotice();
        assertFalse(resident.get("/campaigns/" + notice.slug() + "/nominate").body().contains("id=\"nominate\""), "no form once nominations closed");
        HttpResponse<String> closed = resident.post("/campaigns/" + notice.slug() + "/nominate", nomination("COURAGE", nominee, STORY, true, phone,
                proof, pass));
        assertEquals(422, closed.statusCode());
        assertTrue(closed.body().contains("这项评选现在不接受群众推荐。"), closed.body());

        String tracking = trackingPage(resident.post(nominatePath, nomination("FAMILY", nominee, STORY, true, phone, proof, pass)));
        String number = numberOf(tracking);
        Visitor office = reviewer();
        String queue = office.get("/admin/moderation.xhtml").body();
        office.post("/admin/moderation.xhtml", decision(queue, number, "reject", "事迹无法核实，请补充具体时间地点后重新推荐。"));
        String rejected = resident.get(tracking).body();
        assertTrue(rejected.contains("未通过审核") && rejected.contains("事迹无法核实，请补充具体时间地点后重新推荐。"), rejected);
        assertEquals(0, count("SELECT COUNT(*) FROM campaign_nominee WHERE name = ?", nominee), "a rejected nomination is no nominee");
    }

    /**
     * The moderation queue's form of the item with this tracking number, as the browser sends it
     * with one of its buttons (approve; or reject, with the reason typed).
     */
    private static Map<String, String> decision(String queue, String number, String button, String reason) {
        int at = queue.indexOf(number);
        assertTrue(at > 0, "the item is in the queue");
        String form = queue.substring(queue.lastIndexOf("<form", at), queue.indexOf("</form>", at));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher id = Pattern.compile("<form id=\"([^\"]+)\"").matcher(form);
        assertTrue(id.find(), form);
        fields.put(id.group(1), id.group(1));
        Matcher textarea = Pattern.compile("<textarea id=\"([^\"]+)\" name=\"([^\"]+)\"").matcher(form);
        assertTrue(textarea.find(), form);
        fields.put(textarea.group(2), reason == null ? "" : reason);
        Matcher pressed = Pattern.compile("<button id=\"([^\"]+)\" name=\"([^\"]+)\"[^>]*class=\"[^\"]*\\b" + button + "\\b").matcher(form);
        assertTrue(pressed.find(), "a " + button + " button in: " + form);
        fields.put(pressed.group(2), "");
        fields.put("jakarta.faces.ViewState", Visitor.viewState(queue));
        return fields;
    }

    /**
     * Neither contact nor private name of a resident appears on any public answer: the pages given,
     * the sitemap, the feed, or search for the campaign.
     */
    private void assertPrivate(String slug, List<String> secrets, List<String> pages) {
        List<String> everything = new ArrayList<>(pages);
        everything.addAll(List.of("/sitemap.xml", "/feed.xml", "/campaigns", "/search?q=" + URLEncoder.encode(slug, StandardCharsets.UTF_8),
                "/api/search?q=" + URLEncoder.encode("候选人1", StandardCharsets.UTF_8)));
        Visitor stranger = new Visitor();
        for (String page : everything) {
            HttpResponse<String> answer = stranger.get(page);
            for (String secret : secrets) {
                assertFalse(answer.body().contains(secret), page + " shows " + secret);
            }
        }
        String sitemap = Sitemaps.all(stranger);
        for (String secret : secrets) {
            assertFalse(sitemap.contains(secret), "the sitemap's files show " + secret);
        }
    }

    private static long objectionId(String number) {
        return count("SELECT id FROM campaign_objection WHERE tracking_number = ?", number);
    }

    private static long nomineeId(String name) {
        return count("SELECT id FROM campaign_nominee WHERE name = ?", name);
    }

    private static List<String> nomineeRow(String name) throws SQLException {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT status, source FROM campaign_nominee WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no nominee " + name);
                return List.of(r.getString(1), r.getString(2));
            }
        }
    }

    /** Moves the campaign's review and 公示 into the past and voting to now. */
    private static void execute(String sql, long campaign) {
        java.time.Instant now = PortalServer.get().now();
        try (Connection c = PortalServer.get().database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, now.minus(Duration.ofDays(2)).atOffset(java.time.ZoneOffset.UTC));
            s.setObject(2, now.minus(Duration.ofDays(3)).atOffset(java.time.ZoneOffset.UTC));
            s.setObject(3, now.minus(Duration.ofHours(1)).atOffset(java.time.ZoneOffset.UTC));
            s.setLong(4, campaign);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, Object... parameters) {
        try (Connection c = PortalServer.get().database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertNotNull(r);
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
