package city.civility.portal.ads;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.AdFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.Visitor;

/**
 * 征集: a resident sends a work to an open call through the participation kit (the form's token
 * and challenge, a verified e-mail address); a reviewer accepts it and it is in the gallery with
 * the author credited and their rights text, or refuses it with a reason the sender reads by the
 * tracking number. A closed call, a broken field, a program named like a picture, a missing or
 * replayed token: a clear message and nothing kept.
 */
class AdCallsIT {

    private static int addresses = 20;

    private final Visitor resident = new Visitor().sending("X-Forwarded-For", "198.51.100." + (addresses++ + 100));

    private static LocalDate today() {
        return PortalServer.get().now().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    private String verifiedProof(String address) {
        Map<String, String> ask = resident.formPass("contact-code");
        ask.put("contact", address);
        assertEquals(200, resident.post("/api/participation/contact-codes", ask).statusCode());
        String code = TestMailbox.awaitCode(address, TestMailbox.messagesTo(address).size() - 1);
        HttpResponse<String> verified = resident.post("/api/participation/contact-codes/verify", Map.of("contact", address, "code", code));
        Matcher proof = Pattern.compile("\"proof\":\"([^\"]+)\"").matcher(verified.body());
        assertTrue(proof.find(), verified.body());
        return proof.group(1);
    }

    private Map<String, String> form(long call, String title, String altText, boolean agreed, String proof, Map<String, String> pass) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("entry", "entry");
        form.put("entry:title", title);
        form.put("entry:description", "一幅提醒大家公筷公勺、文明用餐的公益海报，适合在餐馆和食堂张贴。");
        form.put("entry:altText", altText);
        form.put("entry:author", "江川市第一中学美术组");
        form.put("entry:year", "2026");
        form.put("entry:rights", "江川市第一中学美术组原创，授权江川市文明办用于公益宣传。");
        if (agreed) {
            form.put("entry:agreed", "on");
        }
        form.put("entry:contact", "");
        form.put("entry:contactProof", proof);
        form.put("entry:send", "提交作品");
        form.put("jakarta.faces.ViewState", Visitor.viewState(resident.get("/ads/calls/" + call).body()));
        form.putAll(pass);
        return form;
    }

    private HttpResponse<String> send(long call, Map<String, String> fields, Path work) {
        return resident.postMultipart("/ads/calls/" + call, fields, work == null ? Map.of() : Map.of("entry:work", List.of(work)));
    }

    private static long kept(String title) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ad_entry WHERE title = ?")) {
            s.setString(1, title);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long entryId(String trackingNumber) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT id FROM ad_entry WHERE tracking_number = ?")) {
            s.setString(1, trackingNumber);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the work is kept under " + trackingNumber);
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String title) {
        return title + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** The reviewer presses a button of the work's page (accept, or reject with {@code reason}); returns the page after. */
    private static String decide(Visitor reviewer, long entry, String button, String reason) {
        String page = reviewer.get("/admin/ad-entry.xhtml?id=" + entry).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("entry", "entry");
        form.put("entry:reason", reason == null ? "" : reason);
        form.put("entry:" + button, "");
        form.put("jakarta.faces.ViewState", Visitor.viewState(page));
        return reviewer.post("/admin/ad-entry.xhtml?id=" + entry, form).body();
    }

    @Test
    void aWorkSentToAnOpenCallIsAcceptedIntoTheGalleryWithItsAuthorAndRights() throws Exception {
        long call = AdFixtures.call(unique("文明用餐海报征集"), today().minusDays(3), today().plusDays(30));
        String email = "entry-" + System.nanoTime() + "@example.com";
        String title = unique("公筷公勺");
        HttpResponse<String> sent = send(call, form(call, title, "一桌人用公筷夹菜，标语：公筷公勺，文明用餐。", true, verifiedProof(email),
                resident.formPass("ad-entry")), TestFiles.png("公筷海报-13912345678.png", 1920, 1080));
        assertEquals(302, sent.statusCode(), sent.body());
        String location = sent.headers().firstValue("Location").orElseThrow();
        Matcher number = Pattern.compile("number=(ZJ-[0-9]{6}-[0-9A-Z]{7})").matcher(location);
        assertTrue(number.find(), location);
        String tracking = resident.get("/ads/calls/track?number=" + number.group(1) + "&sent=1").body();
        assertTrue(tracking.contains("作品已经收到") && tracking.contains("等待审核"), tracking);
        assertFalse(tracking.contains(email), "the sender's contact is never on a page");
        assertFalse(resident.get("/ads").body().contains(title), "not in the gallery before a reviewer accepts it");

        Visitor reviewer = new Visitor();
        reviewer.signIn(StaffAccounts.create("entry-reviewer", "REVIEWER"), StaffAccounts.PASSWORD);
        String reviewPage = reviewer.get("/admin/ad-entry.xhtml?id=" + entryId(number.group(1))).body();
        assertTrue(reviewPage.contains(email), "the office sees who sent it");
        assertTrue(reviewer.get("/admin/moderation.xhtml").body().contains(title), "in the one moderation queue");
        String accepted = decide(reviewer, entryId(number.group(1)), "accept", null);
        assertTrue(accepted.contains("作品已采用"), accepted);

        String gallery = resident.await("/ads", a -> a.body().contains(title), java.time.Duration.ofSeconds(5)).body();
        Matcher ad = Pattern.compile("href=\"(/ads/[0-9]+)\">" + Pattern.quote(title)).matcher(gallery);
        assertTrue(ad.find(), "in the gallery: " + gallery);
        String page = resident.get(ad.group(1)).body();
        assertTrue(page.contains("江川市第一中学美术组原创，授权江川市文明办用于公益宣传。"), "the author's rights text is on its page");
        assertTrue(page.contains("作者授权江川市文明办在公益宣传中免费使用"), "and the call's licence");
        assertTrue(page.contains("江川市第一中学美术组"), "the author credited");
        assertFalse(page.contains("13912345678"), "the sender's file name is not kept");
        assertTrue(resident.get("/ads/calls/" + call).body().contains(title), "among the call's accepted works");
        String followed = resident.get("/ads/calls/track?number=" + URLEncoder.encode(number.group(1), StandardCharsets.UTF_8)).body();
        assertTrue(followed.contains("已通过审核") && followed.contains(ad.group(1)), "the sender finds it in the library");
    }

    @Test
    void aRefusedWorkTellsItsSenderWhy() throws Exception {
        long call = AdFixtures.call(unique("节约粮食海报征集"), today(), today().plusDays(10));
        String title = unique("光盘");
        HttpResponse<String> sent = send(call, form(call, title, "餐盘吃得干干净净，标语：光盘行动，从我做起。", true,
                verifiedProof("refused-" + System.nanoTime() + "@example.com"), resident.formPass("ad-entry")), TestFiles.png("光盘.png", 1280, 720));
        assertEquals(302, sent.statusCode(), sent.body());
        String number = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*number=([^&]+).*", "$1");
        Visitor reviewer = new Visitor();
        reviewer.signIn(StaffAccounts.create("entry-refuser", "REVIEWER"), StaffAccounts.PASSWORD);
        assertTrue(decide(reviewer, entryId(number), "reject", "画面中的标语有错别字，请修改后重新投稿").contains("已记录不采用"));
        String followed = resident.get("/ads/calls/track?number=" + number).body();
        assertTrue(followed.contains("未通过审核") && followed.contains("画面中的标语有错别字"), followed);
        assertFalse(resident.get("/ads").body().contains(title));
    }

    @Test
    void badInputAClosedCallAndAHostileFileAreRefusedWithAMessageAndNothingIsKept() throws Exception {
        long open = AdFixtures.call(unique("垃圾分类海报征集"), today().minusDays(1), today().plusDays(5));
        long closed = AdFixtures.call(unique("已截止的征集"), today().minusDays(30), today().minusDays(1));
        String proof = verifiedProof("bad-" + System.nanoTime() + "@example.com");
        String title = unique("垃圾分类");
        String alt = "四个分类垃圾桶，标语：垃圾分类，人人有责。";
        Path picture = TestFiles.png("分类.png", 1280, 720);
        Map<String, String> pass = resident.formPass("ad-entry");

        assertRefused(send(open, form(open, title, "太短", true, proof, pass), picture), "请用文字说明画面，10 到 500 个字");
        assertRefused(send(open, form(open, "", alt, true, proof, pass), picture), "请填写作品名称");
        assertRefused(send(open, form(open, title, alt, false, proof, pass), picture), "请确认您有权投稿并同意授权条款");
        assertRefused(send(open, form(open, title, alt, true, "forged." + "A".repeat(43), pass), picture), "请先验证手机号码或电子邮箱");
        assertRefused(send(open, form(open, title, alt, true, proof, pass), null), "请选择作品文件");
        assertRefused(send(open, form(open, title, alt, true, proof, pass), TestFiles.htmlNamedJpg()), "作品文件无法接收");
        assertRefused(send(open, form(open, title, alt, true, proof, Map.of()), picture), "页面还没有完成安全校验");
        assertFalse(resident.get("/ads/calls/" + closed).body().contains("name=\"entry:send\""), "a closed call's page has no form");
        assertRefused(send(closed, form(open, title, alt, true, proof, resident.formPass("ad-entry")), picture),
                "征集已于 " + today().minusDays(1) + " 截止");
        assertEquals(0, kept(title), "nothing of a refused work is kept");

        HttpResponse<String> mended = send(open, form(open, title, alt, true, proof, pass), picture);
        assertEquals(302, mended.statusCode(), "refusals left the token unused: the mended form goes through\n" + mended.body());
        HttpResponse<String> replayed = send(open, form(open, title, alt, true, proof, pass), picture);
        assertTrue(replayed.body().contains("这份表单已经提交过了"), "a replayed form is refused");
        assertEquals(1, kept(title), "kept once");
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), "says: " + message + "\n" + response.body());
    }
}
