package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.GoodPeopleFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;

/**
 * Residents comment on an entry; the comments wait in the office's one moderation queue with
 * a phone number marked; the reviewer rejects one with a reason and approves the other, which
 * then shows on the entry's page until the reviewer hides it, and it stays on record.
 */
class CommentModerationBrowserIT {

    private static final String WITH_PHONE = "王阿姨帮过我家老人，有事可以打我电话13700001111核实。";
    private static final String KIND_WORDS = "加油！向王阿姨学习，好人一生平安。";

    @RegisterExtension
    final Browser browser = new Browser();

    private void comment(long entry, String author, String text) {
        browser.open("/goodpeople/" + entry);
        browser.find(By.id("comment:author")).sendKeys(author);
        browser.find(By.id("comment:text")).sendKeys(text);
        browser.awaitChallenge(By.id("comment"));
        browser.find(By.id("comment:send")).click();
        browser.await(d -> browser.text(By.tagName("main")).contains("谢谢您的留言！审核通过后会显示在这里"));
        assertFalse(browser.text(By.cssSelector(".comment-list")).contains(text), "not shown before it is approved");
    }

    private WebElement waiting(String text) {
        return browser.find(By.xpath("//form[contains(@class,'waiting-item')][.//p[contains(.,'" + text.substring(0, 8) + "')]]"));
    }

    @Test
    void commentsWaitInTheOneQueueAndOnlyApprovedOnesShowUntilHidden() {
        String nominee = "留言审核" + Long.toString(System.nanoTime() % 100000, 36);
        long entry = GoodPeopleFixtures.candidate(nominee, YearMonth.from(PortalServer.get().now().atZone(ZoneId.of("Asia/Shanghai"))));
        comment(entry, "街坊小李", WITH_PHONE);
        comment(entry, "老邻居", KIND_WORDS);

        String reviewer = StaffAccounts.create("comment-reviewer", "REVIEWER");
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/moderation.xhtml");
        browser.find(By.xpath("//form[@id='kinds']//a[contains(.,'身边好人评论')]")).click();
        browser.awaitAjax();
        assertEquals("13700001111", waiting(WITH_PHONE).findElement(By.tagName("mark")).getText(), "the phone number is marked");
        assertTrue(waiting(WITH_PHONE).getText().contains("街坊小李 → " + nominee));

        waiting(WITH_PHONE).findElement(By.cssSelector("button.reject")).click();
        browser.awaitAjax();
        assertTrue(browser.text(By.id("kinds:messages")).contains("请写明不通过的理由"), "a rejection needs its reason");
        waiting(WITH_PHONE).findElement(By.tagName("textarea")).sendKeys("留言里有电话号码，请不要公开个人信息。");
        waiting(WITH_PHONE).findElement(By.cssSelector("button.reject")).click();
        browser.awaitAjax();
        assertTrue(browser.text(By.id("kinds:messages")).contains("已退回"));
        waiting(KIND_WORDS).findElement(By.cssSelector("button.approve")).click();
        browser.awaitAjax();
        assertTrue(browser.text(By.id("kinds:messages")).contains("已通过"));
        assertTrue(browser.driver().findElements(By.xpath("//p[contains(.,'" + KIND_WORDS.substring(0, 8) + "')]")).isEmpty(),
                "decided comments leave the queue");
        signIn.signOut();

        browser.open("/goodpeople/" + entry);
        assertTrue(browser.text(By.cssSelector(".comment-list")).contains(KIND_WORDS), "the approved comment shows");
        assertTrue(browser.text(By.cssSelector(".comment-list")).contains("老邻居"));
        assertFalse(browser.driver().getPageSource().contains("13700001111"), "the rejected one does not");

        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/nomination.xhtml?id=" + entry);
        browser.find(By.cssSelector("#comments button.hide-comment")).click();
        browser.await(d -> browser.text(By.id("nomination:messages")).contains("这条留言已隐藏"));
        signIn.signOut();
        browser.open("/goodpeople/" + entry);
        assertFalse(browser.text(By.tagName("main")).contains(KIND_WORDS), "hidden from the public");

        assertEquals(List.of("APPROVED hidden", "REJECTED shown"), states(entry), "hidden, not deleted");
        assertEquals(List.of("goodpeople.comment-approved", "goodpeople.comment-hidden", "goodpeople.comment-rejected"), decisions(reviewer));
    }

    private static List<String> states(long entry) {
        return rows("SELECT status, CASE WHEN hidden THEN 'hidden' ELSE 'shown' END FROM good_person_comment WHERE good_person_id = ?"
                + " ORDER BY status", entry, null);
    }

    private static List<String> decisions(String reviewer) {
        return rows("SELECT action FROM audit_entry WHERE actor = ? AND action LIKE 'goodpeople.comment-%' ORDER BY action", null, reviewer);
    }

    private static List<String> rows(String sql, Long id, String text) {
        try (Connection c = PortalServer.get().database(); PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setLong(1, id);
            } else {
                s.setString(1, text);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder(r.getString(1));
                    for (int i = 2; i <= r.getMetaData().getColumnCount(); i++) {
                        row.append(' ').append(r.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
