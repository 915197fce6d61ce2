package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.FeedbackFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Sitemaps;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/**
 * The case form and the resident's link, as a browser sends them: a case within the rules gets
 * a tracking number and a secret link; each broken rule is said next to its field and keeps
 * nothing; photos are redrawn without their metadata; a case is public only once the office
 * took it up, with the resident's consent, and never with their contact.
 */
class FeedbackIT {

    static final String DESCRIPTION = "幸福路小区东门外的人行道地砖松动了一大片，下雨后一踩就溅水，老人走路很容易绊倒，已经有一个多星期了。";

    private static String unique(String text) {
        return text + "（" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "）";
    }

    private static String email(String who) {
        return who + "-" + System.nanoTime() + "@example.com";
    }

    private static int kept(String description) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM feedback_case WHERE description = ?")) {
            s.setString(1, description);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void refused(HttpResponse<String> answer, String message) {
        assertEquals(200, answer.statusCode(), "the form again, with the refusal");
        assertTrue(answer.body().contains(message), "expected “" + message + "” in " + answer.body());
    }

    @Test
    void aCaseGetsANumberAndASecretLinkAndItsReplayIsRefused() {
        Visitor resident = FeedbackFixtures.resident();
        String proof = FeedbackFixtures.emailProof(resident, email("replay"));
        String description = unique(DESCRIPTION);
        Map<String, String> pass = resident.formPass("feedback");
        Map<String, String> form = FeedbackFixtures.form(resident, "COMPLAINT", "PUBLIC_FACILITIES", description, "幸福路12号小区东门", true, proof, pass);
        FeedbackFixtures.Sent sent = FeedbackFixtures.sent(FeedbackFixtures.send(resident, form, List.of()));
        assertTrue(sent.number().matches("TS-20[0-9]{2}-[0-9]{6,}"), sent.number());

        HttpResponse<String> status = new Visitor().get(sent.link() + "&sent=1");
        assertEquals(200, status.statusCode());
        String page = status.body();
        assertTrue(page.contains(sent.number()) && page.contains("已收到您的诉求") && page.contains("已收到") && page.contains("答复期限")
                && page.contains("市住房和城乡建设局"), page);
        assertEquals(404, new Visitor().get("/feedback/track/" + sent.number()).statusCode(), "no secret, no case");
        assertEquals(404, new Visitor().get("/feedback/track/" + sent.number() + "?key=" + "A".repeat(24)).statusCode(), "a wrong secret");
        assertEquals(404, new Visitor().get("/feedback/cases/" + sent.number()).statusCode(), "not public before the office takes it up");

        refused(FeedbackFixtures.send(resident, form, List.of()), "这份表单已经提交过了");
        assertEquals(1, kept(description), "kept once");
    }

    @Test
    void eachBrokenRuleIsSaidAndNothingIsKept() {
        Visitor resident = FeedbackFixtures.resident();
        String proof = FeedbackFixtures.emailProof(resident, email("rules"));
        String description = unique(DESCRIPTION);
        Map<String, String> pass = resident.formPass("feedback");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, null, "NOISE", description, "人民路1号", true, proof, pass), List.of()),
                "请选择类型：投诉、建议或随手拍。");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "COMPLAINT", "", description, "人民路1号", true, proof, pass), List.of()),
                "请选择问题分类。");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "COMPLAINT", "NO_SUCH", description, "人民路1号", true, proof, pass),
                List.of()), "请从列出的选项中选择。");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "PRAISE", "NOISE", description, "人民路1号", true, proof, pass),
                List.of()), "请从列出的选项中选择。");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "COMPLAINT", "NOISE", "太吵了", "人民路1号", true, proof, pass), List.of()),
                "情况描述请写 10 到 2000 个字，现在是 3 个字。");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "COMPLAINT", "NOISE", description.repeat(40), "人民路1号", true, proof,
                pass), List.of()), "情况描述请写 10 到 2000 个字");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "COMPLAINT", "NOISE", description, " ", true, proof, pass), List.of()),
                "请填写地点，不超过 200 个字。");
        Map<String, String> badPoint = FeedbackFixtures.form(resident, "COMPLAINT", "NOISE", description, "人民路1号", true, proof, pass);
        badPoint.put("case:latitude", "north");
        badPoint.put("case:longitude", "120.1");
        refused(FeedbackFixtures.send(resident, badPoint, List.of()), "经纬度不正确");
        badPoint.put("case:latitude", "30.2");
        badPoint.put("case:longitude", "");
        refused(FeedbackFixtures.send(resident, badPoint, List.of()), "经纬度不正确");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "COMPLAINT", "NOISE", description, "人民路1号", true, "", pass),
                List.of()), "投诉和随手拍需要联系方式");
        refused(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "COMPLAINT", "NOISE", description, "人民路1号", true, proof, Map.of()),
                List.of()), "页面还没有完成安全校验");
        assertEquals(0, kept(description), "nothing of a refused case is kept");

        // A suggestion may come without a contact; the refusals left the token unused.
        FeedbackFixtures.Sent anonymous = FeedbackFixtures.sent(FeedbackFixtures.send(resident,
                FeedbackFixtures.form(resident, "SUGGESTION", "NOISE", description, "人民路1号", false, "", pass), List.of()));
        assertEquals(1, kept(description));
        assertTrue(new Visitor().get(anonymous.link()).body().contains(anonymous.number()));
    }

    @Test
    void photosAreRedrawnWithoutTheirLocationWhichMarksACaseWithoutAPointAndAHostileFileRefusesTheCase() throws Exception {
        Visitor resident = FeedbackFixtures.resident();
        String proof = FeedbackFixtures.emailProof(resident, email("photos"));
        String description = unique(DESCRIPTION);
        HttpResponse<String> hostile = FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "SNAPSHOT", "PUBLIC_FACILITIES", description,
                "幸福路12号", true, proof, resident.formPass("feedback")), List.of(TestFiles.png("ok.png", 200, 150), TestFiles.htmlNamedJpg()));
        refused(hostile, "第 2 张照片无法使用");
        assertEquals(0, kept(description), "a refused photo refuses the whole case");

        Path located = TestFiles.jpegTakenAt("路口-13912345678.jpg");
        FeedbackFixtures.Sent sent = FeedbackFixtures.sent(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "SNAPSHOT",
                "PUBLIC_FACILITIES", description, "幸福路12号", true, proof, resident.formPass("feedback")), List.of(located)));
        String key;
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT m.public_key, m.original_name, f.latitude, f.longitude FROM feedback_case_photo p"
                     + " JOIN media_file m ON m.public_key = p.media_key JOIN feedback_case f ON f.id = p.case_id WHERE p.case_id = ?")) {
            s.setLong(1, FeedbackFixtures.id(sent.number()));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the photo is kept");
                key = r.getString(1);
                assertFalse(r.getString(2).contains("1391234"), "the resident's file name is not kept: " + r.getString(2));
                assertEquals(TestFiles.PHOTO_LATITUDE, r.getDouble(3), 1e-5, "the case without a point is where its photo was taken");
                assertEquals(TestFiles.PHOTO_LONGITUDE, r.getDouble(4), 1e-5);
            }
        }
        String served = new String(resident.getBytes("/media/" + key), StandardCharsets.ISO_8859_1);
        assertTrue(served.startsWith("\u00ff\u00d8"), "still a JPEG picture");
        assertFalse(served.contains(TestFiles.PHOTO_LOCATION), "the photo's EXIF block is gone");
        assertFalse(served.contains("Exif"), "and with it where it was taken");
    }

    @Test
    void aPointTheResidentMarkedIsKeptOverThePhotosOwn() throws Exception {
        Visitor resident = FeedbackFixtures.resident();
        String proof = FeedbackFixtures.emailProof(resident, email("marked"));
        Map<String, String> form = FeedbackFixtures.form(resident, "SNAPSHOT", "PUBLIC_FACILITIES", unique(DESCRIPTION), "幸福路14号", true, proof,
                resident.formPass("feedback"));
        form.put("case:latitude", "30.5");
        form.put("case:longitude", "114.25");
        FeedbackFixtures.Sent sent = FeedbackFixtures.sent(FeedbackFixtures.send(resident, form, List.of(TestFiles.jpegTakenAt("marked.jpg"))));
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT latitude, longitude FROM feedback_case WHERE id = ?")) {
            s.setLong(1, FeedbackFixtures.id(sent.number()));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals(30.5, r.getDouble(1), 1e-9);
                assertEquals(114.25, r.getDouble(2), 1e-9);
            }
        }
    }

    @Test
    void aCaseIsPublicOnceTakenUpWithConsentAndNeverShowsItsContact() {
        String address = email("public");
        String description = unique("文化街夜市收摊后，油污和垃圾留在路面上，第二天早上整条街都是味道，希望加强管理。我的电话13812345678可以联系。");
        FeedbackFixtures.Sent sent = FeedbackFixtures.complaint("STREET_VENDING", description, "文化街夜市", address);
        Visitor resident = FeedbackFixtures.resident();
        String quiet = unique(DESCRIPTION);
        FeedbackFixtures.Sent notToPublish = FeedbackFixtures.sent(FeedbackFixtures.send(resident, FeedbackFixtures.form(resident, "COMPLAINT",
                "SANITATION", quiet, "幸福路12号", false, FeedbackFixtures.emailProof(resident, email("quiet")), resident.formPass("feedback")),
                List.of()));
        FeedbackFixtures.accept(sent.number());
        FeedbackFixtures.accept(notToPublish.number());

        String page = awaitPublic("/feedback/cases/" + sent.number());
        assertTrue(page.contains("文化街夜市") && page.contains("已受理") && page.contains("市城市管理局"), page);
        assertTrue(page.contains("138****5678"), "a phone number in the description is masked");
        assertFalse(page.contains("13812345678") || page.contains(address), "no contact detail");
        assertEquals(404, new Visitor().get("/feedback/cases/" + notToPublish.number()).statusCode(), "without consent, never public");

        String list = new Visitor().get("/feedback?category=STREET_VENDING").body();
        assertTrue(list.contains(sent.number()), "in the public list");
        assertFalse(list.contains(notToPublish.number()));
        // A resident about to send the same problem is offered it; another problem is not.
        String offered = new Visitor().get("/api/feedback/similar?category=STREET_VENDING&text="
                + URLEncoder.encode("文化街夜市每天收摊以后满地油污和垃圾，第二天早上整条街都有味道。", StandardCharsets.UTF_8)).body();
        assertTrue(offered.contains(sent.number()) && offered.contains("/feedback/cases/" + sent.number()), offered);
        assertFalse(offered.contains(address) || offered.contains("13812345678"), "public fields only: " + offered);
        String other = new Visitor().get("/api/feedback/similar?category=STREET_VENDING&text="
                + URLEncoder.encode("学校门口的早餐摊占用盲道，孩子们只能走到机动车道上。", StandardCharsets.UTF_8)).body();
        assertFalse(other.contains(sent.number()), other);
        assertFalse(new Visitor().get("/api/feedback/similar?category=NOISE&text="
                + URLEncoder.encode("文化街夜市每天收摊以后满地油污和垃圾，第二天早上整条街都有味道。", StandardCharsets.UTF_8)).body().contains(sent.number()),
                "another category is another problem");

        // Others with the same problem say "mine too": each visitor counts once.
        Visitor neighbour = FeedbackFixtures.resident();
        assertTrue(mineToo(neighbour, sent.number()).contains("已计入，谢谢"));
        assertTrue(mineToo(neighbour, sent.number()).contains("您已经表示过遇到同样的问题了"), "once per visitor");
        assertTrue(mineToo(FeedbackFixtures.resident(), sent.number()).contains("<dd id=\"supporters\">2</dd>"), "a second neighbour counts");

        String search = awaitSearch(sent.number());
        assertFalse(search.contains(address) || search.contains("13812345678"), search);
        assertTrue(Sitemaps.all(new Visitor()).contains("/feedback/cases/" + sent.number() + "<"), "the public case is in the sitemap");
    }

    /** The "mine too" form of a public case, sent as its page's script sends it; the page answered. */
    private static String mineToo(Visitor visitor, String number) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("support", "support");
        form.put("support:mineToo", "我也遇到了 +1");
        form.put("jakarta.faces.ViewState", Visitor.viewState(visitor.get("/feedback/cases/" + number).body()));
        form.putAll(visitor.formPass("feedback-support"));
        HttpResponse<String> answer = visitor.post("/feedback/cases/" + number, form);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** The public page of a case, once the page cache has followed the change (within its second). */
    private static String awaitPublic(String path) {
        HttpResponse<String> page = new Visitor().await(path, answer -> answer.statusCode() == 200, Duration.ofSeconds(10));
        assertEquals(200, page.statusCode(), path);
        return page.body();
    }

    /** The search API's answer once the index has the case (type {@code case}, found by the words of its text). */
    private static String awaitSearch(String number) {
        String answer = new Visitor().await("/api/search?q=" + URLEncoder.encode("夜市 油污", StandardCharsets.UTF_8) + "&type=case",
                found -> found.body().contains(number), Duration.ofSeconds(20)).body();
        assertTrue(answer.contains(number), answer);
        return answer;
    }
}
