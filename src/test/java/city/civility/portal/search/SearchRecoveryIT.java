package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import city.civility.portal.testing.IndexFigures;
import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;

/**
 * The index survives what servers go through: killed between a commit and its indexing,
 * started with its index directory gone or corrupt, or down for longer than the search
 * log keeps changes. Afterwards it matches the database exactly.
 */
class SearchRecoveryIT {

    private final Visitor resident = new Visitor();

    @Test
    void changesCommittedBeforeACrashAreIndexedAfterTheRestart() throws Exception {
        String stays = "晨跑志愿者" + suffix();
        String goes = "夜巡志愿者" + suffix();
        long withdrawn = published(goes, Instant.now());
        awaitTotal(goes, 1);

        long[] added = new long[1];
        // What a publishing and a withdrawing transaction leave when the server dies right after their commit.
        PortalServer.get().crashAndRestart(() -> {
            Instant at = Instant.now();
            added[0] = published(stays, at);
            NewsFixtures.withdraw(withdrawn, at);
        });

        awaitTotal(stays, 1);
        awaitTotal(goes, 0);
        assertEquals(Set.of(added[0]), ids(stays));
        awaitIndexMatchesDatabase();
    }

    @Test
    @Tag(PortalServer.ANY_DATABASE) // the index's own files: CI runs it once, on PostgreSQL
    void aDeletedIndexIsRebuiltFromTheDatabaseWithTheSameResults() throws Exception {
        awaitIndexMatchesDatabase();
        Map<String, Set<Long>> before = new LinkedHashMap<>();
        for (String q : List.of("文明", "道德模範", "志愿服务", "身边好人")) {
            before.put(q, ids(q));
        }
        Path index = PortalServer.get().indexDirectory();
        PortalServer.get().crashAndRestart(() -> {
            try (Stream<Path> files = Files.walk(index)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        });
        awaitIndexMatchesDatabase();
        for (Map.Entry<String, Set<Long>> query : before.entrySet()) {
            assertEquals(query.getValue(), ids(query.getKey()), query.getKey());
        }
        assertTrue(SearchIT.api(resident, "文明").contains("\"rebuilding\":false"), "no notice once the index is whole again");
    }

    @Test
    @Tag(PortalServer.ANY_DATABASE) // the index's own files: CI runs it once, on PostgreSQL
    void aCorruptIndexIsRebuiltAndOtherFilesInItsFolderStay() throws Exception {
        awaitIndexMatchesDatabase();
        Set<Long> before = ids("志愿服务");
        Path index = PortalServer.get().indexDirectory();
        Path note = index.resolve(".gitignore");
        PortalServer.get().crashAndRestart(() -> {
            Files.writeString(note, "*\n");
            try (Stream<Path> files = Files.list(index)) {
                for (Path p : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                    Files.writeString(p, "not a Lucene commit");
                }
            }
        });
        awaitIndexMatchesDatabase();
        assertEquals(before, ids("志愿服务"));
        assertTrue(Files.exists(note), "only Lucene's own files are removed from the index folder");
    }

    @Test
    void theLogIsPrunedAfterItsRetentionWithoutCostingTheIndexAnything() throws Exception {
        String word = "旧日志" + suffix();
        long article = published(word, PortalServer.get().now());
        awaitTotal(word, 1);
        PortalServer.get().advanceClock(Duration.ofDays(8)); // past the retention of seven days: the hourly pruning is due
        await(() -> logRows(article) == 0, "the pruning job removes the week-old row");
        String fresh = "新日志" + suffix();
        long recent = published(fresh, PortalServer.get().now());
        awaitTotal(fresh, 1);
        assertEquals(1, logRows(recent), "a row within the retention stays");
        assertEquals(Set.of(article), ids(word), "an index that kept up is not rebuilt and keeps its documents");
        assertTrue(SearchIT.api(resident, word).contains("\"rebuilding\":false"));
    }

    @Test
    void anIndexOlderThanTheRetainedLogRebuildsItself() throws Exception {
        awaitIndexMatchesDatabase();
        String word = "久别重逢" + suffix();
        long[] added = new long[1];
        PortalServer.get().crashAndRestart(() -> {
            added[0] = published(word, Instant.now());
            // While this instance was down, the others pruned the log past that change.
            try (Connection c = PortalServer.get().database(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE search_log_pruned SET pruned_through = (SELECT MAX(id) FROM search_outbox)");
                s.executeUpdate("DELETE FROM search_outbox");
            }
        });
        awaitTotal(word, 1);
        assertEquals(Set.of(added[0]), ids(word));
        awaitIndexMatchesDatabase();
    }

    private static long logRows(long article) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM search_outbox WHERE doc_type = 'article' AND doc_id = ?")) {
            s.setLong(1, article);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    /** Five random letters (a UUID's digits moved to g–p, so there are always enough). */
    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 5).toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return letters.toString();
    }

    /** A published article with its outbox row, as the publishing transaction leaves them. */
    private static long published(String word, Instant at) {
        return NewsFixtures.article(word + "在行动", "volunteer", "<p>" + word + "坚持服务社区。</p>", NewsFixtures.State.PUBLISHED, at);
    }

    /**
     * Every id the API finds for a query, page by page: which of equally scored hits come first
     * may change with the index's segments (a rebuild merges them), the whole answer may not.
     */
    private Set<Long> ids(String q) {
        Set<Long> ids = new TreeSet<>();
        for (int page = 1; page <= 20; page++) {
            String json = resident.get("/api/search?size=50&page=" + page + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
            Matcher m = Pattern.compile("\"id\":([0-9]+)").matcher(json);
            int found = 0;
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
                found++;
            }
            if (found < 50) {
                break;
            }
        }
        return ids;
    }

    private void awaitTotal(String q, long expected) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (SearchIT.total(SearchIT.api(resident, q)) == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(expected, SearchIT.total(SearchIT.api(resident, q)), q);
    }

    private static void awaitIndexMatchesDatabase() throws Exception {
        IndexFigures.awaitMatchesDatabase(PortalServer.get());
    }
}
