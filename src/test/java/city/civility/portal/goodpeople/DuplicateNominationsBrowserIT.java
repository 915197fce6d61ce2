package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.GoodPeopleFixtures;
import city.civility.portal.testing.GoodPeopleFixtures.Nomination;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;

/**
 * Two residents nominate the same person with the story told in their own words, and a third
 * nominates someone else of the same name: the reviewer is offered the first as a duplicate of
 * the second, not the third, and merges it; its nominator reads that it was merged, without
 * the other nomination's number.
 */
class DuplicateNominationsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theReviewerIsOfferedTheLikelyDuplicateAndMergesIt() {
        String name = "重复推荐" + Long.toString(System.nanoTime() % 100000, 36);
        Nomination first = GoodPeopleFixtures.waiting(name, "滨河区", name
                + "阿姨每天早上七点到社区路口引导小学生过马路，八年来风雨无阻，还为独居老人买菜送药，街坊们都很感激她。");
        Nomination second = GoodPeopleFixtures.waiting(name, "滨河区滨河社区", "我们社区的" + name
                + "阿姨八年来每天早上都在路口护送小学生过马路，风雨无阻，也常给独居老人送药买菜，是大家的热心人。");
        Nomination namesake = GoodPeopleFixtures.waiting(name, "江南区", name
                + "是市第一医院的护士，疫情期间主动报名去隔离病区，连续工作四十天没有回家，救治了很多病人。");

        String reviewer = StaffAccounts.create("dup-reviewer", "REVIEWER");
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        browser.open("/admin/nomination.xhtml?id=" + second.id());
        String offered = browser.text(By.id("duplicates"));
        assertTrue(offered.contains(first.trackingNumber()), offered);
        assertFalse(offered.contains(namesake.trackingNumber()), "a namesake with another story is not offered");
        browser.find(By.xpath("//table[@id='duplicates']//tr[.//a[normalize-space()='" + first.trackingNumber() + "']]//button")).click();
        browser.await(d -> browser.text(By.id("nomination:messages")).contains("已合并"));
        assertEquals("已合并处理", browser.text(By.id("status")));

        browser.open("/admin/nomination.xhtml?id=" + first.id());
        String history = browser.text(By.cssSelector(".timeline"));
        assertTrue(history.contains("合并了对同一位好人的另一条推荐") && history.contains(second.trackingNumber()), "the kept one names the merged one");
        assertEquals("等待审核", browser.text(By.id("status")), "and still waits for its decision");
        signIn.signOut();

        browser.open("/goodpeople/track?number=" + second.trackingNumber());
        assertTrue(browser.text(By.cssSelector(".tracked")).contains("已合并处理"));
        assertTrue(browser.text(By.cssSelector(".timeline")).contains("与其他居民对同一位好人的推荐合并处理"));
        assertFalse(browser.driver().getPageSource().contains(first.trackingNumber()), "the other nomination's number is not shown");
    }
}
