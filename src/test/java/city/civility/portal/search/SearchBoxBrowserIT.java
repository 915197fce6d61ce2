package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Browser;

/** The search box in every page's header: titles offered while typing, used by keyboard alone. */
class SearchBoxBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void arrowKeysChooseAnOfferedTitleAndEnterOpensIt() {
        browser.open("/");
        WebElement box = browser.find(By.id("site-search"));
        box.sendKeys("志愿者");
        List<WebElement> options = offered();
        assertTrue(options.size() >= 2, "the demo content has several titles with 志愿者");
        for (WebElement option : options) {
            String title = option.getText();
            assertTrue(title.contains("志愿者") || title.contains("志願者"), "offered: " + title);
        }
        assertEquals("true", box.getAttribute("aria-expanded"));

        box.sendKeys(Keys.ARROW_DOWN);
        assertChosen(box, 0);
        box.sendKeys(Keys.ARROW_DOWN);
        assertChosen(box, 1);
        box.sendKeys(Keys.ARROW_UP);
        assertChosen(box, 0);
        String title = options.get(0).getText();
        String href = options.get(0).getAttribute("href");

        box.sendKeys(Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().equals(href));
        assertEquals(title, browser.text(By.tagName("h1")), "Enter opened the chosen article");
    }

    @Test
    void simplifiedTypingOffersTraditionalTitles() {
        browser.open("/");
        browser.find(By.id("site-search")).sendKeys("社区志愿者");
        assertTrue(offered().stream().anyMatch(o -> o.getText().equals("江川社區志願者開展垃圾分類宣傳活動")),
                "the demo article written in Traditional characters is offered");
    }

    @Test
    void escapeClosesTheListAndEnterThenSearches() {
        browser.open("/");
        WebElement box = browser.find(By.id("site-search"));
        box.sendKeys("文明");
        offered();
        box.sendKeys(Keys.ESCAPE);
        browser.await(d -> !d.findElement(By.id("site-search-titles")).isDisplayed());
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertEquals("文明", box.getAttribute("value"), "what was typed stays");

        box.sendKeys(Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().contains("/search?"));
        assertTrue(URLDecoder.decode(browser.driver().getCurrentUrl(), StandardCharsets.UTF_8).contains("q=文明"));
        assertFalse(browser.driver().findElements(By.cssSelector("ol.hits > li")).isEmpty(), "results are listed");
    }

    /** The offered titles, once the list has appeared. */
    private List<WebElement> offered() {
        return browser.await(d -> {
            WebElement list = d.findElement(By.id("site-search-titles"));
            List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
            return list.isDisplayed() && !options.isEmpty() ? options : null;
        });
    }

    private void assertChosen(WebElement box, int index) {
        List<WebElement> options = offered();
        assertEquals(options.get(index).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        for (int i = 0; i < options.size(); i++) {
            assertEquals(String.valueOf(i == index), options.get(i).getAttribute("aria-selected"), "option " + i);
        }
    }
}
