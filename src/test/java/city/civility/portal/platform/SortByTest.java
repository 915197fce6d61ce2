package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SortByTest {

    private static final Map<String, String> COLUMNS = Map.of("title", "r.title");

    @Test
    void aKnownColumnSortsInTheAskedDirectionThenByTheTiebreak() {
        assertEquals(" ORDER BY r.title DESC, a.id DESC", new SortBy("title", false).orderBy(COLUMNS, "a.updatedAt DESC", "a.id DESC"));
        assertEquals(" ORDER BY r.title ASC, a.id DESC", new SortBy("title", true).orderBy(COLUMNS, "a.updatedAt DESC", "a.id DESC"));
    }

    @Test
    void nothingOrAnUnknownFieldKeepsTheListsOwnOrderSoNoRequestTextReachesTheQuery() {
        assertEquals(" ORDER BY a.updatedAt DESC", SortBy.NONE.orderBy(COLUMNS, "a.updatedAt DESC", "a.id DESC"));
        assertEquals(" ORDER BY a.updatedAt DESC",
                new SortBy("a.id; DROP TABLE article", true).orderBy(COLUMNS, "a.updatedAt DESC", "a.id DESC"));
    }
}
