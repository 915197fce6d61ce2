package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.Visitor;

/**
 * A 随手拍 from the resident's phone to its end: the resident sends it with a photo and an
 * e-mail code; an officer accepts it for a department, answers and closes it; the resident,
 * not satisfied, rates the answer 2 and reopens it through their link; the officer answers
 * again and closes it. The public page shows the case with the answers and never the contact.
 */
class CaseStoryBrowserIT {

    static final String SNAPSHOT = "滨江路观景平台的栏杆上有人刻字，旁边草丛里扔满了饮料瓶，周末游客很多，影响城市形象。";
    static final String FIRST_ANSWER = "您好，市文明办已联系滨江路管理处清理草丛垃圾，并增设了文明提示牌。";
    static final String SECOND_ANSWER = "您好，栏杆刻字已全部打磨修复，管理处在周末安排了志愿者巡查劝导。";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aSnapshotIsAnsweredReopenedByItsResidentAndAnsweredAgain() throws Exception {
        String address = "snapshot-" + System.nanoTime() + "@example.com";
        browser.open("/feedback");
        browser.find(By.linkText("我要投诉建议")).click();
        browser.await(ExpectedConditions.urlContains("/feedback/new"));
        browser.find(By.xpath("//label[normalize-space()='随手拍：拍下公共场所的不文明行为或问题']")).click();
        new Select(browser.find(By.id("case:category"))).selectByVisibleText("不文明行为");
        browser.find(By.id("case:description")).sendKeys(SNAPSHOT);
        browser.find(By.id("case:address")).sendKeys("滨江路观景平台");
        browser.find(By.id("case:photos")).sendKeys(TestFiles.png("railing.png", 640, 480).toAbsolutePath().toString());
        browser.find(By.id("case:contact")).sendKeys(address, Keys.ENTER); // Enter in the contact field asks for the code
        browser.await(Browser.CHALLENGE_TIME, d -> browser.text(By.id("contact-status")).contains("验证码已发到"));
        browser.find(By.id("contact-code")).sendKeys(TestMailbox.awaitCode(address, 0), Keys.ENTER);
        browser.await(d -> browser.text(By.id("contact-status")).contains("已验证"));
        browser.find(By.xpath("//label[@for='case:consent']")).click();
        browser.awaitChallenge(By.id("case"));
        browser.find(By.id("case:submit")).click();

        browser.await(ExpectedConditions.urlContains("/feedback/track/TS-"));
        String link = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replace("&sent=1", "");
        String number = browser.text(By.cssSelector(".notice .tracking-number"));
        assertTrue(browser.text(By.cssSelector(".notice.success")).contains("已收到您的诉求"));
        assertEquals("已收到", browser.text(By.cssSelector(".tracked .state")));
        assertTrue(browser.text(By.cssSelector(".tracked")).contains("市文明办"), "the category's department");

        // The officer finds it in the inbox, accepts it for its department, answers and closes it.
        String officer = StaffAccounts.create("officer", "CASE_OFFICER");
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(officer, StaffAccounts.PASSWORD);
        browser.open("/admin/cases.xhtml");
        browser.find(By.linkText(number)).click();
        browser.await(d -> browser.text(By.id("state")).equals("已收到"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#photos img")).size(), "the officer sees the photo");
        assertFalse(browser.text(By.tagName("main")).contains(address), "the contact is hidden until asked for");
        ajax(By.id("case:accept"));
        browser.await(d -> browser.text(By.id("state")).equals("已受理"));
        answer(FIRST_ANSWER);
        ajax(By.id("case:close"));
        browser.await(d -> browser.text(By.id("state")).equals("已办结"));
        signIn.signOut();

        // The resident reads the answer, is not satisfied, rates it 2 and reopens the case.
        browser.open(link);
        assertTrue(browser.text(By.cssSelector(".case-timeline")).contains(FIRST_ANSWER));
        browser.find(By.xpath("//label[normalize-space()='不满意']")).click();
        browser.find(By.id("rating:comment")).sendKeys("刻字还在，没有处理。");
        browser.awaitChallenge(By.id("rating"));
        browser.find(By.id("rating:rate")).click();
        browser.await(d -> browser.text(By.tagName("main")).contains("谢谢您的评价"));
        browser.find(By.id("reopen:reason")).sendKeys("栏杆上的刻字还在，只清理了垃圾。");
        browser.awaitChallenge(By.id("reopen"));
        browser.find(By.id("reopen:send")).click();
        browser.await(d -> browser.text(By.tagName("main")).contains("已重新提交办理"));
        assertEquals("已受理", browser.text(By.cssSelector(".tracked .state")));

        // The officer answers again and closes it; the resident sees it closed.
        signIn.open().signIn(officer, StaffAccounts.PASSWORD);
        browser.open("/admin/cases.xhtml");
        browser.find(By.linkText(number)).click();
        browser.await(d -> browser.text(By.id("history")).contains("栏杆上的刻字还在"));
        assertEquals("1", browser.find(By.xpath("//dt[normalize-space()='重新办理次数']/following-sibling::dd[1]")).getText());
        answer(SECOND_ANSWER);
        ajax(By.id("case:close"));
        browser.await(d -> browser.text(By.id("state")).equals("已办结"));
        signIn.signOut();
        browser.open(link);
        assertEquals("已办结", browser.text(By.cssSelector(".tracked .state")));
        assertTrue(browser.text(By.cssSelector(".case-timeline")).contains(SECOND_ANSWER));

        // In public: the problem and both answers, never the resident's contact.
        String page = new Visitor().await("/feedback/cases/" + number, p -> p.body().contains(SECOND_ANSWER), java.time.Duration.ofSeconds(10)).body();
        assertTrue(page.contains(FIRST_ANSWER) && page.contains(SECOND_ANSWER) && page.contains("滨江路观景平台"), page);
        assertFalse(page.contains(address), "never the contact");
    }

    private void answer(String text) {
        WebElement field = browser.find(By.id("case:text"));
        field.clear();
        field.sendKeys(text);
        ajax(By.id("case:answer"));
        browser.await(d -> browser.text(By.id("state")).equals("已答复"));
    }

    private void ajax(By button) {
        browser.find(button).click();
        browser.awaitAjax();
    }
}
