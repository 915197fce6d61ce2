package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Accessibility;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PublicPages;
import city.civility.portal.testing.Visitor;

/**
 * Every public page, in the languages the portal speaks, has no serious or critical
 * accessibility violation that axe-core finds (WCAG 2.x A and AA). A new public page joins
 * by being listed in {@link PublicPages}. The pages show data the test makes itself.
 */
class PublicPagesAccessibilityBrowserIT {

    /** Every public page, by what it is (testing.PublicPages): filled with the test's own data before the first test. */
    private static PublicPages.Shown pages;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeAll
    static void publicPagesWithContent() {
        pages = PublicPages.withContent();
    }

    /**
     * Every page in the default language; in the other two, every other page, each language
     * taking its turn (the structure is the templates', the words are the bundle's: each page
     * is still seen in every language but one, and each language on half of the pages).
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void everyPublicPageHasNoSeriousOrCriticalViolation(String language) {
        speak(language);
        List<String> found = new ArrayList<>();
        List<Map.Entry<String, String>> all = List.copyOf(pages.pages().entrySet());
        for (int i = 0; i < all.size(); i++) {
            if (language.equals("zh-TW") && i % 2 == 1 || language.equals("en") && i % 2 == 0) {
                continue;
            }
            Map.Entry<String, String> page = all.get(i);
            if (page.getKey().equals("search results")) {
                awaitSearchable();
            }
            browser.open(page.getValue());
            assertEquals(language, browser.find(By.tagName("html")).getAttribute("lang"), page.getKey() + " in " + language);
            List<String> onPage = Accessibility.violations(browser);
            if (!onPage.isEmpty()) {
                found.add(page.getKey() + " (" + page.getValue() + "):");
                found.addAll(onPage);
            }
        }
        assertTrue(found.isEmpty(), "serious or critical accessibility violations in " + language + ":\n" + String.join("\n", found));
    }

    /**
     * Error states are where forms often lose their names and descriptions. Each form in one
     * language, the three forms covering the three: the messages are the bundle's, the markup
     * around them the same in each.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN"})
    void theNominationFormWithItsFieldErrorsHasNoSeriousOrCriticalViolation(String language) {
        speak(language);
        browser.open("/goodpeople/nominate");
        browser.find(By.id("nominate:nominee")).sendKeys("张三");
        browser.find(By.id("nominate:story")).sendKeys("太短了");
        browser.find(By.id("nominate:submit")).click();
        browser.await(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertFalse(browser.text(By.id("nominate:district-error")).isBlank(), "the broken rule is said next to its field");
        Accessibility.check(browser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW"})
    void theObjectionFormWithAFieldErrorHasNoSeriousOrCriticalViolation(String language) {
        speak(language);
        browser.open(pages.candidateOnNotice());
        browser.find(By.id("objector")).sendKeys("张三");
        browser.find(By.id("grounds")).sendKeys("太短了");
        browser.find(By.cssSelector("#objection button[type=submit]")).click();
        browser.await(d -> !d.findElements(By.id("grounds-error")).isEmpty());
        assertFalse(browser.text(By.id("grounds-error")).isBlank(), "the broken rule is said next to its field");
        Accessibility.check(browser);
    }

    /** The titles the search box offers while a visitor types, one of them chosen with the arrow keys. */
    @ParameterizedTest
    @ValueSource(strings = {"en"})
    void theSearchBoxWithItsOfferedTitlesHasNoSeriousOrCriticalViolation(String language) {
        awaitSearchable();
        speak(language);
        WebElement box = browser.find(By.id("site-search"));
        box.sendKeys(PublicPages.TITLES);
        browser.await(d -> d.findElement(By.id("site-search-titles")).isDisplayed()
                && d.findElements(By.cssSelector("#site-search-titles [role=option]")).size() >= 2);
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("site-search-title-0", box.getAttribute("aria-activedescendant"));
        Accessibility.check(browser);
    }

    /** The search index follows the database within moments of the fixtures' writes. */
    private void awaitSearchable() {
        Visitor visitor = new Visitor();
        String query = "/api/search?q=" + URLEncoder.encode(pages.searchedTitle(), StandardCharsets.UTF_8);
        browser.await(d -> visitor.get(query).body().contains("/news/" + pages.searchedArticle() + "\""));
    }

    /** The language switch in the header, as a visitor uses it: remembered by a cookie. */
    private void speak(String language) {
        browser.open("/language?to=" + language + "&next=/");
        browser.await(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
