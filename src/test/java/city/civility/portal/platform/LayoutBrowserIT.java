package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Browser;

/** The public layout on a phone, and from the keyboard. */
class LayoutBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login.xhtml", "/no-such-page"})
    void nothingScrollsSidewaysOnA375PixelPhone(String page) {
        browser.resize(375, 812);
        browser.open(page);
        long viewport = (Long) browser.script("return document.documentElement.clientWidth;");
        long content = (Long) browser.script("return document.documentElement.scrollWidth;");
        assertTrue(content <= viewport, page + " is " + content + " px wide on a " + viewport + " px screen");
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichLeadsToTheContent() {
        browser.open("/");
        browser.find(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("跳到主要内容", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
    }
}
