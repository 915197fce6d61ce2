package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.Visitor;

/**
 * The nomination form refuses what it must, says why in the visitor's language next to the
 * field, and keeps nothing of a refused nomination. Sent as the browser sends it (JSF fields,
 * the form's token and challenge answer, the contact's proof).
 */
class NominationIT {

    private static final String STORY = NominationBrowserIT.STORY;
    private static int addresses = 40;

    private final Visitor resident = new Visitor().sending("X-Forwarded-For", "198.51.100." + (addresses++));

    /** A proof that the visitor owns a fresh e-mail address, as the form's script gets it. */
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

    private Map<String, String> form(String nominee, String story, boolean consent, String proof, Map<String, String> pass) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nominate", "nominate");
        form.put("nominate:nominee", nominee);
        form.put("nominate:district", "滨河区");
        form.put("nominate:category", "HELPING_OTHERS");
        form.put("nominate:story", story);
        if (consent) {
            form.put("nominate:consent", "on");
        }
        form.put("nominate:nominator", "李明");
        form.put("nominate:contact", "");
        form.put("nominate:contactProof", proof);
        form.put("nominate:submit", "提交推荐");
        form.put("jakarta.faces.ViewState", Visitor.viewState(resident.get("/goodpeople/nominate").body()));
        form.putAll(pass);
        return form;
    }

    private static int kept(String nominee) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM good_person WHERE nominee_name = ?")) {
            s.setString(1, nominee);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String name) {
        return name + Long.toString(System.nanoTime() % 100000, 36);
    }

    @Test
    void aNominationWithItsTokenAndVerifiedContactIsKeptOnceAndTheReplayIsRefused() {
        String proof = verifiedProof("replay-" + System.nanoTime() + "@example.com");
        String nominee = unique("赵");
        Map<String, String> pass = resident.formPass("nominate");
        HttpResponse<String> sent = nominate(form(nominee, STORY, true, proof, pass));
        assertEquals(302, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElseThrow().contains("/goodpeople/track?number=GP-"));
        HttpResponse<String> replayed = nominate(form(nominee, STORY, true, proof, pass));
        assertEquals(200, replayed.statusCode());
        assertTrue(replayed.body().contains("这份表单已经提交过了"), "a replayed POST is refused");
        assertEquals(1, kept(nominee), "kept once");
    }

    @Test
    void eachBrokenRuleIsSaidAndNothingIsKept() {
        String proof = verifiedProof("rules-" + System.nanoTime() + "@example.com");
        String nominee = unique("钱");
        Map<String, String> pass = resident.formPass("nominate");
        assertRefused(form(nominee, "太短了", true, proof, pass), "主要事迹请写 50 到 3000 个字，现在是 3 个字");
        assertRefused(form(nominee, STORY.repeat(33), true, proof, pass), "主要事迹请写 50 到 3000 个字");
        assertRefused(form(nominee, STORY, false, proof, pass), "请确认事迹真实");
        assertRefused(form("", STORY, true, proof, pass), "请填写被推荐人的姓名，不超过 40 个字");
        assertRefused(form("名".repeat(41), STORY, true, proof, pass), "请填写被推荐人的姓名");
        assertRefused(form(nominee, STORY, true, "forged." + "A".repeat(43), pass), "请先获取验证码并完成验证");
        assertRefused(form(nominee, STORY, true, proof, Map.of()), "页面还没有完成安全校验");
        assertRefused(form(nominee, STORY, true, proof, Map.of("token", pass.get("token"), "answer", "1")), "页面还在完成安全校验");
        assertEquals(0, kept(nominee), "nothing of a refused nomination is kept");
        assertEquals(302, nominate(form(nominee, STORY, true, proof, pass)).statusCode(),
                "refusals left the token unused: the mended form goes through");
    }

    @Test
    void photosAreKeptRedrawnWithoutWhereTheyWereTakenAndUnderNeutralNames() throws Exception {
        String proof = verifiedProof("photos-" + System.nanoTime() + "@example.com");
        String nominee = unique("周");
        Path located = TestFiles.jpegTakenAt("王阿姨在路口-13912345678.jpg");
        assertTrue(new String(Files.readAllBytes(located), StandardCharsets.ISO_8859_1).contains(TestFiles.PHOTO_LOCATION));
        HttpResponse<String> sent = resident.postMultipart("/goodpeople/nominate", form(nominee, STORY, true, proof, resident.formPass("nominate")),
                Map.of("nominate:photos", List.of(TestFiles.png("crossing.png", 400, 300), located)));
        assertEquals(302, sent.statusCode(), sent.body());
        List<String[]> photos = rows("SELECT m.public_key, m.original_name, m.uploaded_by FROM good_person_photo p"
                + " JOIN good_person g ON g.id = p.good_person_id JOIN media_file m ON m.public_key = p.media_key"
                + " WHERE g.nominee_name = ? ORDER BY p.position", nominee);
        assertEquals(2, photos.size(), "both photos kept, in order");
        for (String[] photo : photos) {
            assertFalse(photo[1].contains("1391234"), "the resident's file name is not kept: " + photo[1]);
            assertEquals("resident", photo[2]);
        }
        String served = new String(resident.getBytes("/media/" + photos.get(1)[0]), StandardCharsets.ISO_8859_1);
        assertTrue(served.startsWith("\u00ff\u00d8"), "still a JPEG picture");
        assertFalse(served.contains(TestFiles.PHOTO_LOCATION), "where the photo was taken is gone");
        assertFalse(served.contains("Exif"), "no EXIF block at all");
    }

    @Test
    void aHostilePhotoRefusesTheWholeNominationAndLeavesNoFileBehind() throws Exception {
        String proof = verifiedProof("hostile-" + System.nanoTime() + "@example.com");
        String nominee = unique("吴");
        long residentsFiles = residentMedia();
        long filesOnDisk = filesIn(PortalServer.get().mediaDirectory());
        Map<String, String> pass = resident.formPass("nominate");
        HttpResponse<String> refused = resident.postMultipart("/goodpeople/nominate", form(nominee, STORY, true, proof, pass),
                Map.of("nominate:photos", List.of(TestFiles.png("fine.png", 200, 150), TestFiles.htmlNamedJpg())));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("第 2 张照片无法使用"), refused.body());
        assertTrue(refused.body().contains(STORY.substring(0, 10)), "what was typed stays");
        assertEquals(0, kept(nominee), "no nomination");
        assertEquals(residentsFiles, residentMedia(), "not even the good first photo is in the library");
        assertEquals(filesOnDisk, filesIn(PortalServer.get().mediaDirectory()), "nor on disk");

        List<Path> seven = new java.util.ArrayList<>();
        for (int i = 0; i < GoodPerson.MAX_PHOTOS + 1; i++) {
            seven.add(TestFiles.png("many-" + i + ".png", 40, 30));
        }
        HttpResponse<String> tooMany = resident.postMultipart("/goodpeople/nominate", form(nominee, STORY, true, proof, pass),
                Map.of("nominate:photos", seven));
        assertTrue(tooMany.body().contains("最多只能上传 6 张照片，您选了 7 张"), tooMany.body());
        assertEquals(0, kept(nominee));
        assertEquals(residentsFiles, residentMedia());
    }

    private static long residentMedia() {
        return Long.parseLong(rows("SELECT COUNT(*) FROM media_file WHERE uploaded_by = ?", "resident").get(0)[0]);
    }

    private static long filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static List<String[]> rows(String sql, String parameter) {
        try (Connection c = PortalServer.get().database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String[]> rows = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String[] row = new String[r.getMetaData().getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneContactNominatesAtMostThreeTimesADay() {
        String proof = verifiedProof("many-" + System.nanoTime() + "@example.com");
        for (int i = 0; i < 3; i++) {
            assertEquals(302, nominate(form(unique("孙"), STORY, true, proof, resident.formPass("nominate"))).statusCode());
        }
        String fourth = unique("孙");
        assertRefused(form(fourth, STORY, true, proof, resident.formPass("nominate")), "一天最多推荐 3 位");
        assertEquals(0, kept(fourth));
    }

    @Test
    void theTrackingPageFindsNothingForANumberThatIsNotOne() {
        assertTrue(resident.get("/goodpeople/track?number=GP-202611-AAAAAAA").body().contains("没有找到这个受理编号"));
        assertTrue(resident.get("/goodpeople/track?number=%3Cscript%3E").body().contains("没有找到这个受理编号"));
        assertEquals(400, resident.post("/goodpeople/nominate", Map.of("nominate", "nominate")).statusCode(),
                "a nomination not sent as its page sends it");
        assertEquals(404, resident.get("/goodpeople/elsewhere").statusCode());
    }

    /** Sends the form as its page does: with its files (none here), as multipart/form-data. */
    private HttpResponse<String> nominate(Map<String, String> form) {
        return resident.postMultipart("/goodpeople/nominate", form, Map.of());
    }

    private void assertRefused(Map<String, String> form, String message) {
        HttpResponse<String> answer = nominate(form);
        assertEquals(200, answer.statusCode(), "the form is shown again");
        assertTrue(answer.body().contains(message), "expected «" + message + "» in: " + answer.body());
        assertTrue(answer.body().contains(form.get("nominate:story").substring(0, Math.min(3, form.get("nominate:story").length()))),
                "what was typed stays");
    }
}
