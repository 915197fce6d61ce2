package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import city.civility.portal.testing.ArticleEditorPage;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** What a reviewer publishes is found within a second; what is withdrawn is gone as fast. */
class SearchFreshnessBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Visitor resident = new Visitor();

    @Test
    void publishedIsSearchableWithinASecondAndWithdrawnIsGone() throws Exception {
        String word = "晨练志愿队" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        String editor = StaffAccounts.create("editor", "EDITOR");
        String reviewer = StaffAccounts.create("reviewer", "REVIEWER");
        SignInPage signIn = new SignInPage(browser);
        ArticleEditorPage page = new ArticleEditorPage(browser);
        signIn.open().signIn(editor, StaffAccounts.PASSWORD);
        page.openNew().title(word + "走进公园").channel("志愿服务").body(word + "每天清晨在公园开展文明劝导。");
        page.save();
        long id = page.id();
        page.submit();
        signIn.signOut();
        assertEquals(0, SearchIT.total(SearchIT.api(resident, word)), "not found before it is published");

        signIn.open().signIn(reviewer, StaffAccounts.PASSWORD);
        page.open(id).approve(null);
        long foundAfter = awaitTotal(word, 1);
        assertTrue(foundAfter < 1_000, "found " + foundAfter + " ms after publishing");

        page.open(id).withdraw("内容需要更新");
        long gone = awaitTotal(word, 0);
        assertTrue(gone < 1_000, "gone " + gone + " ms after withdrawing");
    }

    /** Milliseconds until the API's total for the word is as expected (gives up after 10 s). */
    private long awaitTotal(String word, long expected) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 10_000_000_000L) {
            if (SearchIT.total(SearchIT.api(resident, word)) == expected) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("total never became " + expected + " for " + word);
    }
}
