package city.civility.portal.platform.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KeptPagesTest {

    /** What a page of this length under this key counts. */
    private static long cost(String key, int length) {
        return length + KeptPages.ENTRY_BYTES + 2L * key.length();
    }

    @Test
    void keepsAtMostItsBytesAndDropsTheLeastRecentlyWritten() {
        KeptPages<String> pages = new KeptPages<>(10 * cost("page 0", 10), page -> page.length());
        for (int i = 0; i < 10; i++) {
            pages.put("page " + i, "x".repeat(10));
        }
        assertEquals("x".repeat(10), pages.get("page 0"));
        pages.put("page 10", "y".repeat(10)); // over the limit: down to three quarters
        assertNull(pages.get("page 0"), "the eldest went first");
        assertNull(pages.get("page 3"));
        assertEquals("x".repeat(10), pages.get("page 4"));
        assertEquals("y".repeat(10), pages.get("page 10"));
    }

    @Test
    void aReplacedOrRemovedPageNoLongerCounts() {
        KeptPages<String> pages = new KeptPages<>(cost("same", 90) + cost("other", 10) + 10, page -> page.length());
        for (int i = 0; i < 50; i++) {
            pages.put("same", "x".repeat(90));
        }
        pages.put("other", "y".repeat(10));
        assertEquals("x".repeat(90), pages.get("same"));
        pages.remove("same");
        pages.put("third", "z".repeat(90));
        assertEquals("y".repeat(10), pages.get("other"));
        assertEquals("z".repeat(90), pages.get("third"));
    }

    @Test
    void manySmallPagesCountTheirKeysAndEntriesToo() {
        KeptPages<String> pages = new KeptPages<>(100_000, page -> page.length());
        for (int i = 1; i <= 10_000; i++) { // 10,000 bytes of pages, but some 3 MB of entries
            pages.put("zh-CN /api/articles?page=" + i, "[]");
        }
        assertNull(pages.get("zh-CN /api/articles?page=1"), "the first went when the entries passed the limit");
        assertEquals("[]", pages.get("zh-CN /api/articles?page=10000"));
    }
}
