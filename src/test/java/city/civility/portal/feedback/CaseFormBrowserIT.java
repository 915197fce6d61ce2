package city.civility.portal.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import city.civility.portal.testing.Accessibility;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.FeedbackFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.TestMailbox;
import city.civility.portal.testing.TestTiles;

/**
 * The case form as residents meet it: by keyboard alone (the refused form puts the focus on
 * what is wrong); with the open case that is theirs too offered while they write; with a map
 * to click where the portal has tiles, which steps aside for the address when they do not load.
 */
class CaseFormBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aResidentSendsACaseByKeyboardAloneAndIsTakenToWhatIsWrongFirst() throws Exception {
        browser.open("/feedback/new");
        browser.awaitChallenge(By.id("case"));
        tabTo(e -> "case:submit".equals(e.getAttribute("id")));
        focused().sendKeys(Keys.ENTER);
        browser.await(d -> !browser.text(By.id("case:kind-error")).isEmpty());
        assertEquals("true", focused().getAttribute("aria-invalid"), "the first field in error has the focus: " + focused().getAttribute("outerHTML"));
        assertEquals("case:kind", focused().getAttribute("name"), "the kind comes first");
        Accessibility.check(browser);

        focused().sendKeys(Keys.SPACE); // the first kind, 投诉
        tabTo(e -> "case:category".equals(e.getAttribute("id")));
        focused().sendKeys(Keys.ARROW_DOWN); // the first category, 环境卫生
        assertEquals("SANITATION", new Select(browser.find(By.id("case:category"))).getFirstSelectedOption().getAttribute("value"));
        tabTo(e -> "case:description".equals(e.getAttribute("id")));
        String description = "菜市场北门外的垃圾箱满了没人清运，污水流到人行道上，味道很大。" + System.nanoTime();
        focused().sendKeys(description);
        tabTo(e -> "case:address".equals(e.getAttribute("id")));
        focused().sendKeys("滨河区文化街菜市场北门");
        tabTo(e -> "summary".equals(e.getTagName()));
        focused().sendKeys(Keys.ENTER); // opens the exact position
        tabTo(e -> "case:latitude".equals(e.getAttribute("id")));
        focused().sendKeys("30.59");
        tabTo(e -> "case:longitude".equals(e.getAttribute("id")));
        focused().sendKeys("114.31");
        tabTo(e -> "case:contact".equals(e.getAttribute("id")));
        String address = "keyboard-" + System.nanoTime() + "@example.com";
        focused().sendKeys(address, Keys.ENTER);
        browser.await(Browser.CHALLENGE_TIME, d -> browser.text(By.id("contact-status")).contains("验证码已发到"));
        assertEquals("contact-code", focused().getAttribute("id"), "the code field has the focus");
        focused().sendKeys(TestMailbox.awaitCode(address, 0), Keys.ENTER);
        browser.await(d -> browser.text(By.id("contact-status")).contains("已验证"));
        tabTo(e -> "case:consent".equals(e.getAttribute("id")));
        focused().sendKeys(Keys.SPACE);
        browser.awaitChallenge(By.id("case"));
        tabTo(e -> "case:submit".equals(e.getAttribute("id")));
        focused().sendKeys(Keys.ENTER);

        browser.await(ExpectedConditions.urlContains("/feedback/track/TS-"));
        String number = browser.text(By.cssSelector(".notice .tracking-number"));
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT kind, category_code, latitude, longitude, consent_publish FROM feedback_case WHERE id = ?")) {
            s.setLong(1, FeedbackFixtures.id(number));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals("COMPLAINT", r.getString(1));
                assertEquals("SANITATION", r.getString(2));
                assertEquals(30.59, r.getDouble(3), 1e-9);
                assertEquals(114.31, r.getDouble(4), 1e-9);
                assertTrue(r.getBoolean(5));
            }
        }
    }

    @Test
    void anOpenCaseLikeTheOneBeingWrittenIsOfferedAndTheResidentSaysMineToo() throws Exception {
        String problem = "东湖公园南门的路灯已经坏了一个多星期，晚上整段路一片漆黑，老人散步很危险。" + System.nanoTime();
        FeedbackFixtures.Sent open = FeedbackFixtures.complaint("PUBLIC_FACILITIES", problem, "东湖公园南门", "dark-" + System.nanoTime() + "@example.com");
        FeedbackFixtures.accept(open.number());

        browser.open("/feedback/new");
        new Select(browser.find(By.id("case:category"))).selectByVisibleText("公共设施");
        browser.find(By.id("case:description")).sendKeys("东湖公园南门的路灯坏了，晚上一片漆黑，走路很危险。");
        WebElement offer = browser.await(d -> {
            WebElement box = d.findElement(By.cssSelector("[data-similar]"));
            return box.isDisplayed() && box.getText().contains(open.number()) ? box : null;
        });
        WebElement link = offer.findElement(By.partialLinkText(open.number()));
        assertTrue(link.getAttribute("href").endsWith("/feedback/cases/" + open.number()), link.getAttribute("href"));

        browser.open("/feedback/cases/" + open.number());
        assertEquals("0", browser.text(By.id("supporters")));
        browser.awaitChallenge(By.id("support"));
        browser.find(By.id("support:mineToo")).click();
        browser.await(d -> browser.text(By.id("supporters")).equals("1"));
        assertTrue(browser.text(By.tagName("main")).contains("已计入"), browser.text(By.tagName("main")));
    }

    @Test
    void aClickOnTheMapMarksThePoint() {
        int tilesBefore = TestTiles.served();
        browser.open("/feedback/new");
        browser.find(By.cssSelector("details[data-point] summary")).click();
        browser.await(d -> !d.findElements(By.cssSelector(".point-map img.leaflet-tile-loaded")).isEmpty());
        assertTrue(TestTiles.served() > tilesBefore, "the tiles come from the city's tile server");
        WebElement map = browser.find(By.cssSelector(".point-map"));
        new Actions(browser.driver()).moveToElement(map, 40, 30).click().perform();
        browser.await(d -> !browser.find(By.id("case:latitude")).getAttribute("value").isEmpty());
        double latitude = Double.parseDouble(browser.find(By.id("case:latitude")).getAttribute("value"));
        double longitude = Double.parseDouble(browser.find(By.id("case:longitude")).getAttribute("value"));
        assertTrue(latitude < 30.5928 && longitude > 114.3055, "below and right of the centre: " + latitude + ", " + longitude);
        assertEquals(1, browser.driver().findElements(By.cssSelector(".point-map .leaflet-marker-icon")).size(), "a marker where it was clicked");
    }

    @Test
    void withoutTilesTheMapStepsAsideAndTheAddressRemains() {
        TestTiles.down(true);
        try {
            browser.open("/feedback/new");
            browser.find(By.cssSelector("details[data-point] summary")).click();
            browser.await(d -> browser.text(By.cssSelector("[data-role='point-status']")).contains("地图暂时无法显示"));
            assertTrue(!browser.find(By.cssSelector(".point-map")).isDisplayed(), "no empty map in the way");
            assertTrue(browser.find(By.id("case:address")).isDisplayed() && browser.find(By.id("case:latitude")).isDisplayed());
        } finally {
            TestTiles.down(false);
        }
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
