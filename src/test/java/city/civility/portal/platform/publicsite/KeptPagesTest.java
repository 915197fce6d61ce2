package city.civility.portal.platform.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KeptPagesTest {

    @Test
    void keepsAtMostItsBytesAndDropsTheLeastRecentlyWritten() {
        KeptPages<String> pages = new KeptPages<>(100, page -> page.length());
        for (int i = 0; i < 10; i++) {
            pages.put("page " + i, "x".repeat(10));
        }
        assertEquals("x".repeat(10), pages.get("page 0"));
        pages.put("page 10", "y".repeat(10)); // over 100 bytes: down to 75
        assertNull(pages.get("page 0"), "the eldest went first");
        assertNull(pages.get("page 3"));
        assertEquals("x".repeat(10), pages.get("page 4"));
        assertEquals("y".repeat(10), pages.get("page 10"));
    }

    @Test
    void aReplacedOrRemovedPageNoLongerCounts() {
        KeptPages<String> pages = new KeptPages<>(100, page -> page.length());
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
}
