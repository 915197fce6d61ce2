package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** An administrator adds a channel; residents see it in the navigation at once; a bad address is refused. */
class ChannelsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aNewChannelAppearsInThePublicNavigationAndBadAddressesAreRefused() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        new SignInPage(browser).open().signIn(StaffAccounts.create("chief", "ADMIN"), StaffAccounts.PASSWORD);
        browser.open("/admin/channels.xhtml");

        fill("社区动态" + suffix, "Bad Slug!");
        assertTrue(browser.text(By.id("messages")).contains("网址只能包含小写字母"), browser.text(By.id("messages")));

        fill("社区动态" + suffix, "notices");
        assertTrue(browser.text(By.id("messages")).contains("已被其他栏目使用"));

        fill("社区动态" + suffix, "community-" + suffix);
        assertTrue(browser.text(By.id("messages")).contains("已保存栏目"));
        assertTrue(browser.text(By.id("channels:table")).contains("/channel/community-" + suffix));

        String home = new Visitor().get("/").body();
        assertTrue(home.contains("href=\"/channel/community-" + suffix + "\""), "the navigation shows the new channel at once");
        assertEquals(200, new Visitor().get("/channel/community-" + suffix).statusCode());
    }

    private void fill(String name, String slug) {
        var nameField = browser.find(By.id("editor:name"));
        nameField.sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
        var slugField = browser.find(By.id("editor:slug"));
        slugField.sendKeys(Keys.chord(Keys.CONTROL, "a"), slug);
        String before = browser.driver().findElements(By.id("messages")).stream().findFirst().map(e -> e.getText()).orElse("");
        browser.find(By.id("editor:save")).click();
        browser.awaitAjax();
        browser.await(d -> !d.findElement(By.id("messages")).getText().equals(before) || before.isEmpty());
    }
}
