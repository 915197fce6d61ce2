package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import city.civility.portal.testing.Browser;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;

/** The staff's article list sorts by a column when its header is clicked, and by the title too. */
class ArticleListBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void clickingTheUpdatedHeaderSortsOldestFirstThenNewestFirst() {
        new SignInPage(browser).open().signIn(StaffAccounts.create("editor", "EDITOR"), StaffAccounts.PASSWORD);
        browser.open("/admin/articles.xhtml");
        WebElement header = browser.find(By.xpath("//th[.//span[normalize-space(.)='更新时间']]"));

        header.click();
        browser.awaitAjax();
        List<String> ascending = column(5);
        assertTrue(ascending.get(0).compareTo(ascending.get(ascending.size() - 1)) <= 0, "oldest first: " + ascending);

        browser.find(By.xpath("//th[.//span[normalize-space(.)='更新时间']]")).click();
        browser.awaitAjax();
        List<String> descending = column(5);
        assertTrue(descending.get(0).compareTo(descending.get(descending.size() - 1)) >= 0, "newest first: " + descending);

        browser.find(By.xpath("//th[.//span[normalize-space(.)='标题']]")).click();
        browser.awaitAjax();
        assertTrue(column(1).size() > 1, "sorting by title works too");
    }

    private List<String> column(int n) {
        return browser.await(d -> {
            List<String> values = d.findElements(By.cssSelector("[id='articles:table'] tbody tr td:nth-child(" + n + ")"))
                    .stream().map(WebElement::getText).toList();
            return values.size() > 1 ? values : null;
        });
    }
}
