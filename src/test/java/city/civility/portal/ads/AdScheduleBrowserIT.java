package city.civility.portal.ads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import city.civility.portal.testing.Accessibility;
import city.civility.portal.testing.AdFixtures;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.TestFiles;
import city.civility.portal.testing.Visitor;

/**
 * Published ads go on air by their schedules: one scheduled on the home banner from tomorrow is
 * absent today and there once the clock passes midnight; a lobby screen turns two in the order of
 * their weights; an article has the sidebar's ads beside it and the footer's under it; the banner
 * is paused by keyboard, a followed ad is counted, and the banner stands still in the 长辈版; the
 * turns are fair to the weights.
 */
class AdScheduleBrowserIT {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    final Browser browser = new Browser();

    private void schedule(long ad, String placement, LocalDate from, LocalDate to, int weight) {
        browser.open("/admin/ad.xhtml?id=" + ad);
        WebElement weightField = browser.find(By.id("schedules:weight"));
        weightField.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(weight));
        new Select(browser.find(By.id("schedules:placement"))).selectByValue(placement);
        for (String[] day : new String[][] {{"schedules:from", from.toString()}, {"schedules:to", to.toString()}}) {
            WebElement input = browser.find(By.id(day[0] + "_input"));
            input.clear();
            input.sendKeys(day[1]);
            browser.await(d -> { // the calendar that typing opens covers the button until it is closed, as a person closes it
                if (d.findElements(By.id(day[0] + "_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                    return true;
                }
                input.sendKeys(Keys.ESCAPE);
                return false;
            });
        }
        assertEquals(String.valueOf(weight), weightField.getDomProperty("value"));
        int before = browser.driver().findElements(By.cssSelector("#schedules\\:table tbody tr[data-ri]")).size();
        browser.find(By.id("schedules:add")).click();
        browser.await(d -> d.findElements(By.cssSelector("#schedules\\:table tbody tr[data-ri]")).size() == before + 1);
    }

    @Test
    void onAirByTheirDaysTurnedByTheirWeights() throws Exception {
        PortalServer server = PortalServer.get();
        String editorName = StaffAccounts.create("ad-scheduler", "EDITOR");
        Visitor editor = new Visitor();
        assertEquals(302, editor.signIn(editorName, StaffAccounts.PASSWORD).statusCode());
        String mark = UUID.randomUUID().toString().substring(0, 6);
        long heavy = AdFixtures.published(editor, "礼让斑马线 " + mark, TestFiles.png("banner-a.png", 1600, 900));
        long light = AdFixtures.published(editor, "光盘行动 " + mark, TestFiles.png("banner-b.png", 1600, 900));
        LocalDate today = server.daytime().atZone(OFFICE).toLocalDate();

        new SignInPage(browser).open().signIn(editorName, StaffAccounts.PASSWORD);
        schedule(heavy, "home-banner", today.plusDays(1), today.plusDays(7), 30);
        schedule(light, "home-banner", today, today.plusDays(7), 10);
        schedule(heavy, "square-led", today, today.plusDays(7), 30);
        schedule(light, "square-led", today, today.plusDays(7), 10);
        schedule(light, "sidebar", today, today.plusDays(7), 10);
        schedule(light, "article-footer", today, today.plusDays(7), 10);
        browser.find(By.id("signOutForm:signOut")).click();

        Visitor resident = new Visitor();
        String home = resident.get("/").body();
        assertTrue(home.contains("data-ad=\"" + light + "\""), "on air today");
        assertFalse(home.contains("data-ad=\"" + heavy + "\""), "not before its first day");

        // An article has the sidebar's ads beside it and the footer's under it.
        Matcher article = Pattern.compile("href=\"(/news/[0-9]+)\"").matcher(home);
        assertTrue(article.find(), "an article on the home page");
        browser.open(article.group(1));
        assertEquals(1, browser.driver().findElements(By.cssSelector("main .beside-article .ad-sidebar li[data-ad='" + light + "']")).size(), "beside the article");
        assertEquals(1, browser.driver().findElements(By.cssSelector("main .ad-footer li[data-ad='" + light + "']")).size(), "under the article");
        WebElement beside = browser.find(By.cssSelector("main .beside-article"));
        assertTrue(beside.getRect().getX() > browser.find(By.cssSelector("main article")).getRect().getX() + 400, "a column of its own");
        Accessibility.check(browser);

        // The screen: its ads (the demo city's too) in the order their weights give, the heaviest first.
        browser.open("/screen/square-led");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.script("return Array.prototype.map.call(document.querySelectorAll('.screen-ad'), function (f) { return f.dataset.ad; });");
        @SuppressWarnings("unchecked")
        List<Long> order = (List<Long>) browser.script("var weights = Array.prototype.map.call(document.querySelectorAll('.screen-ad'),"
                + " function (f) { return parseInt(f.dataset.weight, 10); }); var next = portalAdRotation.turns(weights), turns = [];"
                + " for (var i = 0; i < 3; i++) { turns.push(next()); } return turns;");
        assertTrue(ids.contains(String.valueOf(heavy)) && ids.contains(String.valueOf(light)), "both on the screen: " + ids);
        assertEquals(String.valueOf(heavy), ids.get(order.get(0).intValue()), "the heaviest first");
        assertEquals(List.of(0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L), browser.script(
                "var next = portalAdRotation.turns([30, 10]); var turns = []; for (var i = 0; i < 8; i++) { turns.push(next()); } return turns;"),
                "30 and 10 take turns as a, a, b, a");
        for (int turn = 1; turn <= 2; turn++) {
            String expected = ids.get(order.get(turn - 1).intValue());
            int seen = turn;
            browser.await(Duration.ofSeconds(25), d -> String.valueOf(seen).equals(d.findElement(By.cssSelector(".screen-ads")).getAttribute("data-turns")));
            assertEquals(expected, browser.find(By.cssSelector(".screen-ads")).getAttribute("data-showing"), "turn " + turn);
        }

        // Fair to the weights: over 10,000 of the banner's own picks, each share within 2 points of its weight's.
        browser.open("/");
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) browser.script("var weights = [50, 30, 15, 5], counts = [0, 0, 0, 0];"
                + "for (var i = 0; i < 10000; i++) { counts[portalAdRotation.pick(weights, Math.random)]++; } return counts;");
        double[] weights = {50, 30, 15, 5};
        for (int i = 0; i < weights.length; i++) {
            assertEquals(weights[i] / 100, counts.get(i).doubleValue() / 10000, 0.02, "ad " + i + " of weights 50, 30, 15, 5: " + counts);
        }

        // Past midnight the heavy one is on the home banner, with the light one: the banner turns, and pauses by keyboard.
        Instant now = server.now();
        Instant midnight = today.plusDays(1).atStartOfDay(OFFICE).toInstant();
        server.advanceClock(Duration.between(now, midnight).plusSeconds(30));
        String homeTomorrow = resident.await("/", a -> a.body().contains("data-ad=\"" + heavy + "\""), Duration.ofSeconds(20)).body();
        assertTrue(homeTomorrow.contains("data-ad=\"" + heavy + "\""), "on air from its first day");
        browser.open("/");
        WebElement pause = browser.find(By.cssSelector(".ad-banner .ad-pause"));
        browser.script("arguments[0].focus();", pause);
        String before = browser.find(By.cssSelector(".ad-slide:not([hidden])")).getAttribute("data-ad");
        pause.sendKeys(Keys.ENTER);
        assertEquals("继续轮播", pause.getText(), "the button now says what it does next");
        browser.script("arguments[0].blur();", pause); // the focus out of the banner: only the button holds it now
        Thread.sleep(9_000); // longer than the banner's 8 s: paused, it has not turned
        assertEquals(before, browser.find(By.cssSelector(".ad-slide:not([hidden])")).getAttribute("data-ad"), "paused");
        Accessibility.check(browser);

        // Followed, the ad is counted as a click for the banner (the counts are written once a second).
        browser.find(By.cssSelector(".ad-slide:not([hidden]) a")).click();
        browser.await(d -> d.getCurrentUrl().endsWith("/ads/" + before));
        long followed = Long.parseLong(before);
        browser.await(Duration.ofSeconds(10), d -> clicks(followed, "home-banner") == 1);

        browser.open("/mode?to=elder&next=/");
        browser.await(d -> (Boolean) browser.script("return document.documentElement.classList.contains('elder');"));
        assertFalse(browser.find(By.cssSelector(".ad-banner .ad-pause")).isDisplayed(), "in the 长辈版 the banner stands still: nothing to pause");
        browser.open("/mode?to=standard&next=/");
    }

    private static long clicks(long ad, String placement) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(clicks), 0) FROM ad_count WHERE ad_id = ? AND placement_code = ?")) {
            s.setLong(1, ad);
            s.setString(2, placement);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
