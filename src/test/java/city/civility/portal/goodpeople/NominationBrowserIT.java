package city.civility.portal.goodpeople;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.TestMailbox;

/** A resident nominates a good person: verifies an e-mail address with the code received, sends, and follows the nomination. */
class NominationBrowserIT {

    static final String STORY = "王秀兰阿姨退休后在江川市滨河社区做了八年志愿者，每天早上七点准时到社区路口引导小学生过马路，"
            + "风雨无阻。她还自费为独居老人买菜送药，帮助十几户邻居解决生活难题，街坊们都叫她“热心王阿姨”。";

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aResidentVerifiesTheirAddressNominatesAndFollowsTheNominationByItsNumber() {
        String address = "nominator-" + System.nanoTime() + "@example.com";
        browser.open("/goodpeople");
        browser.find(By.linkText("推荐身边好人")).click();
        browser.await(ExpectedConditions.urlContains("/goodpeople/nominate"));

        browser.find(By.id("nominate:nominee")).sendKeys("王秀兰");
        browser.find(By.id("nominate:district")).sendKeys("滨河区滨河社区");
        browser.find(By.xpath("//label[normalize-space()='助人为乐']")).click();
        WebElement story = browser.find(By.id("nominate:story"));
        story.sendKeys(STORY);
        assertTrue(browser.text(By.id("story-count")).contains(String.valueOf(STORY.length())), "the count shows what was written");
        browser.find(By.id("nominate:nominator")).sendKeys("李明");

        WebElement contact = browser.find(By.id("nominate:contact"));
        contact.sendKeys(address, Keys.ENTER); // Enter in the contact field asks for the code
        browser.await(d -> browser.text(By.id("contact-status")).contains("验证码已发到 n***@example.com"));
        String code = TestMailbox.awaitCode(address, 0);
        assertEquals("contact-code", browser.driver().switchTo().activeElement().getAttribute("id"), "the code field has the focus");
        browser.find(By.id("contact-code")).sendKeys(code, Keys.ENTER);
        browser.await(d -> browser.text(By.id("contact-status")).contains("已验证：n***@example.com"));

        browser.find(By.xpath("//label[@for='nominate:consent']")).click();
        browser.find(By.id("nominate:submit")).click();

        browser.await(ExpectedConditions.urlContains("/goodpeople/track?number=GP-"));
        assertTrue(browser.text(By.cssSelector(".notice.success")).contains("推荐已经收到"));
        String number = browser.text(By.cssSelector(".notice .tracking-number"));
        assertTrue(number.matches("GP-[0-9]{6}-[2-9A-HJKMNP-Z]{7}"), number);
        assertEquals("等待审核", browser.text(By.cssSelector(".tracked .status-PENDING")));
        assertTrue(browser.text(By.cssSelector(".tracked")).contains("王秀兰"));

        // Later, with the number alone, typed in lower case.
        browser.open("/goodpeople/track");
        browser.find(By.id("number")).sendKeys(number.toLowerCase(), Keys.ENTER);
        browser.await(d -> browser.text(By.cssSelector(".timeline")).contains("提交推荐"));
        assertTrue(browser.driver().getPageSource().indexOf(address) < 0, "the nominator's address is nowhere on the page");
    }

    @Test
    void brokenRulesAreSaidNextToTheirFieldsAndWhatWasTypedStays() {
        browser.open("/goodpeople/nominate");
        browser.find(By.id("nominate:nominee")).sendKeys("张三");
        browser.find(By.id("nominate:story")).sendKeys("太短了");
        browser.find(By.id("nominate:submit")).click();
        browser.await(d -> !browser.driver().findElements(By.cssSelector(".field-error")).isEmpty());
        assertEquals("张三", browser.find(By.id("nominate:nominee")).getAttribute("value"), "what was typed stays");
        assertEquals("太短了", browser.find(By.id("nominate:story")).getAttribute("value"));
        assertTrue(browser.text(By.id("nominate:district-error")).contains("请填写被推荐人所在的区县或单位"), browser.text(By.tagName("main")));
    }

}
