package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;

/** The staff's lists sort by a column when its header is clicked: newest or oldest first, and by name. */
class StaffListsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void clickingTheUpdatedHeaderSortsOldestFirstThenNewestFirst() {
        new SignInPage(browser).open().signIn(StaffAccounts.create("editor", "EDITOR"), StaffAccounts.PASSWORD);
        browser.open("/admin/articles.xhtml");
        oldestThenNewestFirst("articles:table", "更新时间", 5);
        browser.find(By.xpath("//th[.//span[normalize-space(.)='标题']]")).click();
        browser.awaitAjax();
        assertTrue(column("articles:table", 1).size() > 1, "sorting by title works too");
    }

    @Test
    void theMediaLibrarySortsByUploadTime() {
        new SignInPage(browser).open().signIn(StaffAccounts.create("editor", "EDITOR"), StaffAccounts.PASSWORD);
        browser.open("/admin/media.xhtml");
        oldestThenNewestFirst("media:table", "上传时间", 5);
    }

    @Test
    void theAuditLogSortsByTimeAndByUser() {
        new SignInPage(browser).open().signIn(StaffAccounts.create("admin", "ADMIN"), StaffAccounts.PASSWORD);
        browser.open("/admin/audit.xhtml");
        oldestThenNewestFirst("audit:table", "时间", 1);
        header("操作人").click();
        browser.awaitAjax();
        List<String> users = column("audit:table", 2);
        // Whatever the database's collation, sorted rows keep each user's entries together.
        assertEquals(users.stream().distinct().count(), runs(users), "grouped by user: " + users);
    }

    /** Clicks the header once (oldest first), then again (newest first); the column holds "yyyy-MM-dd HH:mm" times. */
    private void oldestThenNewestFirst(String table, String headerText, int n) {
        header(headerText).click();
        browser.awaitAjax();
        List<String> ascending = column(table, n);
        assertTrue(ascending.get(0).compareTo(ascending.get(ascending.size() - 1)) <= 0, "oldest first: " + ascending);
        header(headerText).click();
        browser.awaitAjax();
        List<String> descending = column(table, n);
        assertTrue(descending.get(0).compareTo(descending.get(descending.size() - 1)) >= 0, "newest first: " + descending);
    }

    private static long runs(List<String> values) {
        long runs = 1;
        for (int i = 1; i < values.size(); i++) {
            if (!values.get(i).equals(values.get(i - 1))) {
                runs++;
            }
        }
        return runs;
    }

    private WebElement header(String text) {
        return browser.find(By.xpath("//th[.//span[normalize-space(.)='" + text + "']]"));
    }

    private List<String> column(String table, int n) {
        return browser.await(d -> {
            List<String> values = d.findElements(By.cssSelector("[id='" + table + "'] tbody tr td:nth-child(" + n + ")"))
                    .stream().map(WebElement::getText).toList();
            return values.size() > 1 ? values : null;
        });
    }
}
