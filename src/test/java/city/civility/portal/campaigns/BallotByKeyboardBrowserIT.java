package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import city.civility.portal.testing.Accessibility;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.CampaignFixtures;
import city.civility.portal.testing.PortalServer;

/**
 * A voter who uses no mouse: the ballot is reached, filled and sent by Tab, Space and Enter
 * alone. A ballot sent empty comes back with its refusal focused (read first) and no
 * accessibility violation that axe-core calls serious or critical.
 */
class BallotByKeyboardBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aVoterCastsABallotByKeyboardAloneAndHearsWhatIsWrongFirst() {
        CampaignFixtures.Campaign campaign = CampaignFixtures.campaign().firstNamed("周桂芳").create();
        browser.open("/campaigns/" + campaign.slug() + "/vote");

        // Sent with nothing chosen: the refusal has the focus, so a screen reader reads it first.
        browser.awaitChallenge(By.id("ballot"));
        tabTo(this::isTheBallotsButton);
        focused().sendKeys(Keys.ENTER);
        browser.await(d -> !d.findElements(By.id("ballot-refusal")).isEmpty());
        assertEquals("ballot-refusal", focused().getAttribute("id"), "the refusal is read first");
        assertTrue(browser.text(By.id("ballot-refusal")).contains("请至少选择一位候选人"), browser.text(By.id("ballot-refusal")));
        Accessibility.check(browser);
        assertArrayEquals(new long[] {0, 0, 0}, CampaignFixtures.ballots(campaign.id()));

        // The choice, the phone and its code, the ballot: Tab, Space and Enter.
        tabTo(e -> ("pick-" + campaign.in("HELPING_OTHERS").get(0)).equals(e.getAttribute("id")));
        focused().sendKeys(Keys.SPACE);
        assertTrue(browser.find(By.id("pick-" + campaign.in("HELPING_OTHERS").get(0))).isSelected());
        tabTo(e -> "contact".equals(e.getAttribute("id")));
        String phone = "13755500123";
        focused().sendKeys(phone, Keys.ENTER);
        browser.await(Browser.CHALLENGE_TIME, d -> browser.text(By.id("contact-status")).contains("验证码已发到"));
        assertEquals("contact-code", focused().getAttribute("id"), "the code field has the focus");
        focused().sendKeys(PortalServer.get().smsCodeSentTo(phone), Keys.ENTER);
        browser.await(d -> browser.text(By.id("contact-status")).contains("已验证"));
        browser.awaitChallenge(By.id("ballot"));
        PortalServer.get().advanceClock(Duration.ofSeconds(30)); // the time a person takes over the ballot; a faster one is set aside
        tabTo(this::isTheBallotsButton);
        focused().sendKeys(Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().contains("/ballots/"));
        assertTrue(browser.text(By.tagName("main")).contains("您的选票已保存"), browser.text(By.tagName("main")));
        assertArrayEquals(new long[] {1, 0, 0}, CampaignFixtures.ballots(campaign.id()));
    }

    private boolean isTheBallotsButton(WebElement element) {
        return "submit".equals(element.getAttribute("type")) && Boolean.TRUE.equals(browser.script("return arguments[0].closest('#ballot') !== null", element));
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the focused element is the one wanted, as a keyboard user moves through a page. */
    private void tabTo(Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 200; presses++) {
            if (wanted.test(focused())) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached the element; last focused: " + focused().getAttribute("outerHTML"));
    }
}
