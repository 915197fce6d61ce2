package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.IndexFigures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** The administrator's search index page: figures that match the database, and a confirmed, audited rebuild. */
class SearchAdminBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void adminRebuildsTheIndexAndItHoldsEveryPublicThingAgain() throws Exception {
        String admin = StaffAccounts.create("admin", "ADMIN");
        new SignInPage(browser).open().signIn(admin, StaffAccounts.PASSWORD);
        browser.open("/admin/search.xhtml");
        assertEquals("正常", browser.text(By.id("indexStatus")));
        assertEquals(String.valueOf(IndexFigures.publicDocuments(PortalServer.get())), browser.text(By.id("indexDocuments")));
        long foundBefore = SearchIT.total(SearchIT.api(new Visitor(), "志愿者"));
        assertTrue(foundBefore > 0);

        browser.find(By.id("search:rebuild")).click();
        answerConfirmation(".ui-confirmdialog-no");
        assertEquals(0, rebuildsAuditedFor(admin), "cancelled: nothing started");

        browser.find(By.id("search:rebuild")).click();
        answerConfirmation(".ui-confirmdialog-yes");
        browser.await(d -> d.findElement(By.id("messages")).getText().contains("索引重建已开始"));
        // The poll refreshes the figures every second until the rebuild is done.
        browser.await(d -> d.findElement(By.id("indexStatus")).getText().equals("正常")
                && d.findElements(By.id("search:progress")).isEmpty());
        assertEquals(String.valueOf(IndexFigures.publicDocuments(PortalServer.get())), browser.text(By.id("indexDocuments")));
        assertEquals("0", browser.text(By.id("indexPending")));
        assertEquals(1, rebuildsAuditedFor(admin));
        assertEquals(foundBefore, SearchIT.total(SearchIT.api(new Visitor(), "志愿者")), "the same results after the rebuild");
    }

    @Test
    void onlyAdministratorsSeeTheIndexPage() {
        for (String role : new String[] {"EDITOR", "REVIEWER"}) {
            Visitor staff = new Visitor();
            staff.signIn(StaffAccounts.create(role.toLowerCase(), role), StaffAccounts.PASSWORD);
            assertEquals(403, staff.get("/admin/search.xhtml").statusCode(), role);
        }
    }

    /** Clicks the confirmation dialog's button once it is shown, and waits for the dialog to go. */
    private void answerConfirmation(String button) {
        WebElement shown = browser.await(d -> {
            WebElement b = d.findElement(By.cssSelector(button));
            return b.isDisplayed() ? b : null;
        });
        shown.click();
        browser.await(d -> !d.findElement(By.cssSelector(button)).isDisplayed());
    }

    private static int rebuildsAuditedFor(String actor) throws SQLException {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'search.rebuildStarted'")) {
            s.setString(1, actor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
