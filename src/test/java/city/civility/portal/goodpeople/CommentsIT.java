package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.GoodPeopleFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;

/**
 * Comments on an entry, sent as the entry page's form sends them: each waits for a moderator
 * and is not shown before; a comment without its token, a replayed one, one out of the form's
 * limits, or one too many from an address is refused with a message, and nothing is kept.
 */
class CommentsIT {

    private static int addresses = 10;

    private final Visitor resident = new Visitor().sending("X-Forwarded-For", "203.0.113." + (addresses++));

    private static YearMonth thisRound() {
        return YearMonth.from(PortalServer.get().now().atZone(ZoneId.of("Asia/Shanghai")));
    }

    private Map<String, String> comment(long entry, String author, String text, Map<String, String> pass) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("comment", "comment");
        form.put("comment:author", author);
        form.put("comment:text", text);
        form.put("comment:send", "提交留言");
        form.put("jakarta.faces.ViewState", Visitor.viewState(resident.get("/goodpeople/" + entry).body()));
        form.putAll(pass);
        return form;
    }

    private static int kept(long entry, String text) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM good_person_comment WHERE good_person_id = ? AND body = ?")) {
            s.setLong(1, entry);
            s.setString(2, text);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCommentWaitsForAModeratorAndItsTokenServesOnce() {
        long entry = GoodPeopleFixtures.candidate("留言等待审核测试", thisRound());
        String text = "王阿姨的事迹让人感动，向她学习！" + System.nanoTime();
        Map<String, String> pass = resident.formPass("goodperson-comment");
        HttpResponse<String> sent = resident.post("/goodpeople/" + entry, comment(entry, "街坊小李", text, pass));
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("谢谢您的留言！审核通过后会显示在这里"), sent.body());
        assertFalse(sent.body().contains(text), "not shown before a moderator approved it");
        assertEquals(1, kept(entry, text));
        assertFalse(new Visitor().get("/goodpeople/" + entry).body().contains(text), "nor to anyone else");

        HttpResponse<String> replayed = resident.post("/goodpeople/" + entry, comment(entry, "街坊小李", text, pass));
        assertTrue(replayed.body().contains("这份表单已经提交过了"), "a replayed POST is refused");
        assertEquals(1, kept(entry, text), "kept once");
    }

    @Test
    void eachBrokenRuleIsSaidNextToItsFieldAndNothingIsKept() {
        long entry = GoodPeopleFixtures.candidate("留言规则测试", thisRound());
        Map<String, String> pass = resident.formPass("goodperson-comment");
        assertRefused(entry, comment(entry, "", "王阿姨的事迹让人感动。", pass), "请填写显示的名字，不超过 20 个字");
        assertRefused(entry, comment(entry, "街坊", "好人", pass), "留言请写 5 到 500 个字，现在是 2 个字");
        assertRefused(entry, comment(entry, "街坊", "好".repeat(501), pass), "留言请写 5 到 500 个字，现在是 501 个字");
        assertRefused(entry, comment(entry, "街坊", "王阿姨的事迹让人感动。", Map.of()), "页面还没有完成安全校验");
        assertRefused(entry, comment(entry, "街坊", "王阿姨的事迹让人感动。", Map.of("token", pass.get("token"), "answer", "1")), "页面还在完成安全校验");
        assertEquals(0, kept(entry, "王阿姨的事迹让人感动。"));
        assertEquals(200, resident.post("/goodpeople/" + entry, comment(entry, "街坊", "王阿姨的事迹让人感动。", pass)).statusCode());
        assertEquals(1, kept(entry, "王阿姨的事迹让人感动。"), "refusals left the token unused: the mended comment goes through");
    }

    @Test
    void oneAddressWritesAtMostTenCommentsAnHour() {
        long entry = GoodPeopleFixtures.candidate("留言限额测试", thisRound());
        for (int i = 0; i < 10; i++) {
            String text = "第" + i + "条留言，向好人学习。";
            assertEquals(200, resident.post("/goodpeople/" + entry, comment(entry, "街坊", text, resident.formPass("goodperson-comment"))).statusCode());
        }
        HttpResponse<String> refused = resident.post("/goodpeople/" + entry,
                comment(entry, "街坊", "第十一条留言，向好人学习。", resident.formPass("goodperson-comment")));
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(refused.body().contains("操作太频繁"), refused.body());
        assertEquals(0, kept(entry, "第十一条留言，向好人学习。"));
    }

    private void assertRefused(long entry, Map<String, String> form, String message) {
        HttpResponse<String> answer = resident.post("/goodpeople/" + entry, form);
        assertEquals(200, answer.statusCode(), "the form is shown again");
        assertTrue(answer.body().contains(message), "expected «" + message + "» in: " + answer.body());
        assertTrue(answer.body().contains(form.get("comment:author")), "what was typed stays");
    }
}
