package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.civility.portal.news.importer.TextArticles;
import city.civility.portal.testing.TestArticles;

/** Relevance on the test articles (src/test/resources/articles: Simplified and Traditional), through the portal's own analysis and queries. */
class SearchRelevanceTest {

    private static final Map<Long, String> TEXTS = new HashMap<>();
    private static IndexSearcher searcher;
    private final Search search = new Search();

    @BeforeAll
    static void indexTheTestArticles() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexedFields.analyzer()));
             Stream<Path> files = Files.list(TestArticles.folder())) {
            long id = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (TextArticles.Parsed article : TextArticles.parse(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8)).articles()) {
                    id++;
                    String body = String.join("\n", article.paragraphs());
                    TEXTS.put(id, article.title() + "\n" + body);
                    writer.addDocument(IndexedFields.toLucene(new SearchDocument("article", id, article.title(),
                            article.paragraphs().get(0), body, id % 2 == 0 ? "news" : "practice", id % 2 == 0 ? "新闻动态" : "文明实践",
                            List.of(), Instant.parse("2026-0" + (1 + id % 9) + "-01T00:00:00Z").plusSeconds(id), "/news/" + id)));
                }
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    private Search.Result find(String q) throws IOException {
        return search.search(searcher, new Search.Request(q, null, null, null, false, 1, 50), false);
    }

    private static String folded(long id) {
        return ChineseFolding.fold(TEXTS.get(id));
    }

    @Test
    void aSimplifiedQueryFindsTheTraditionalArticlesAndTheOtherWayRound() throws IOException {
        Search.Result simplified = find("身边好人");
        assertTrue(simplified.total() > 0, "身边好人 finds 身邊好人");
        assertTrue(simplified.hits().stream().anyMatch(h -> TEXTS.get(h.id()).contains("身邊好人")));

        Search.Result traditional = find("道德模範");
        assertTrue(traditional.hits().stream().anyMatch(h -> TEXTS.get(h.id()).contains("道德模范")), "道德模範 finds 道德模范");
        assertTrue(traditional.hits().stream().anyMatch(h -> TEXTS.get(h.id()).contains("道德模範")));
        assertEquals(find("道德模范").total(), traditional.total(), "both spellings find the same articles");
    }

    @Test
    void aWordFindsOnlyTextThatSaysItNotTextThatMerelySharesItsCharacters() throws IOException {
        Search.Result found = find("身边好人");
        long sharingCharacters = TEXTS.keySet().stream()
                .filter(id -> folded(id).contains("好") && folded(id).contains("人") && !folded(id).contains("身边好人")).count();
        assertTrue(sharingCharacters > 0, "the test articles include some with 好 and 人 but not 身边好人");
        for (Search.Hit hit : found.hits()) {
            assertTrue(folded(hit.id()).contains("身边好人"), "every hit says 身边好人: " + hit.title());
        }
    }

    @Test
    void theTitleWeighsMoreThanTheText() throws IOException {
        Search.Result found = find("文明城市");
        assertTrue(found.total() > 1);
        String best = TEXTS.get(found.hits().get(0).id()).lines().findFirst().orElse("");
        assertTrue(ChineseFolding.fold(best).contains("文明城市"), "the best hit has it in its title: " + best);
    }

    @Test
    void phrasesAndExclusionsWork() throws IOException {
        Search.Result all = find("文明城市");
        Search.Result without = find("文明城市 -志愿服务");
        assertTrue(without.total() < all.total(), "excluding 志愿服务 leaves fewer");
        for (Search.Hit hit : without.hits()) {
            assertFalse(folded(hit.id()).contains("志愿服务"), hit.title());
        }
        Search.Result phrase = find("\"道德 模范\"");
        Search.Result words = find("道德 模范");
        assertTrue(words.total() > phrase.total(), "道德讲堂 … 劳动模范 has both words but not the phrase");
        Search.Result chineseQuotes = find("“身边好人”");
        assertEquals(find("身边好人").total(), chineseQuotes.total(), "Chinese quotes make a phrase too");
    }

    @Test
    void highlightsShowTheCharactersTheAuthorWrote() throws IOException {
        Search.Hit hit = find("身边好人").hits().stream().filter(h -> TEXTS.get(h.id()).contains("身邊好人")).findFirst().orElseThrow();
        assertTrue(hit.snippet().contains("<em>身邊好人</em>"), hit.snippet());
        assertFalse(hit.snippet().replace("<em>", "").replace("</em>", "").contains("<"), "nothing else is markup");
    }

    @Test
    void facetsCountByChannelAndYearAndFiltersNarrow() throws IOException {
        Search.Result all = find("文明");
        long perChannel = all.facets().get("channel").stream().mapToLong(Search.FacetValue::count).sum();
        assertEquals(all.total(), perChannel);
        assertEquals("新闻动态", all.facets().get("channel").stream().filter(f -> f.value().equals("news")).findFirst().orElseThrow().label());
        Search.Result news = search.search(searcher, new Search.Request("文明", null, "news", null, true, 1, 50), false);
        assertTrue(news.total() < all.total());
        assertTrue(news.hits().stream().allMatch(h -> h.id() % 2 == 0), "only the channel asked for");
        assertEquals(all.facets().get("channel"), news.facets().get("channel"), "the channel choice still shows the other channels");
        assertEquals(news.total(), news.facets().get("year").stream().mapToLong(Search.FacetValue::count).sum(),
                "the years count the chosen channel's matches only");
        Search.FacetValue newestYear = news.facets().get("year").get(0);
        Search.Result newsOfYear = search.search(searcher,
                new Search.Request("文明", null, "news", Integer.valueOf(newestYear.value()), false, 1, 50), false);
        assertEquals(newestYear.count(), newsOfYear.total());
        Search.Result beyond = search.search(searcher, new Search.Request("文明", null, null, null, false, Search.MAX_PAGE, 50), false);
        assertEquals(all.total(), beyond.total(), "a page past the end still tells how many there are");
        assertTrue(beyond.hits().isEmpty());
        for (int i = 1; i < news.hits().size(); i++) {
            assertFalse(news.hits().get(i).publishedAt().isAfter(news.hits().get(i - 1).publishedAt()), "newest first");
        }
    }

    @Test
    void hostileQueriesAreJustText() {
        List<String> hostile = new ArrayList<>(List.of("*:*", "title:(a OR b)^10~2", "\"unbalanced", "AND OR NOT", "((((", "\\", "-",
                "\u0000\u0007志愿\u001b服务", "<script>alert(1)</script>", "' OR 1=1 --", "？？？", "身边好人".repeat(600)));
        for (String q : hostile) {
            assertDoesNotThrow(() -> find(q), q);
        }
    }

    @Test
    void anUnknownWordGetsACorrectionWhenTheIndexKnowsACloseOne() throws IOException {
        Search.Result result = find("道德模板");
        assertEquals(0, result.total());
        assertNotNull(result.suggestion(), "a suggestion");
        assertTrue(find(result.suggestion()).total() > 0, "the suggestion finds something: " + result.suggestion());
    }

    @Test
    void aQueryOfAThousandMistypedWordsHasOnlyItsFirstFewLookedUp() throws IOException {
        String corrected = find("道德模板").suggestion();
        SearchQuery thousand = new SearchQuery(Collections.nCopies(1_000, "道德模板"), List.of());
        String suggestion = new Spelling().suggestion(searcher.getIndexReader(), thousand);
        List<String> parts = List.of(suggestion.split(" "));
        assertEquals(1_000, parts.size());
        assertEquals(Collections.nCopies(Spelling.MAX_LOOKUPS, corrected), parts.subList(0, Spelling.MAX_LOOKUPS), "the first few are corrected");
        assertEquals(1_000 - Spelling.MAX_LOOKUPS, parts.stream().filter("道德模板"::equals).count(),
                "the others are left as typed, not looked up");
    }

    @Test
    void titlesCompleteWhileTyping() throws IOException {
        List<Search.Completion> completions = search.complete(searcher, "文明", 8);
        assertFalse(completions.isEmpty());
        assertTrue(completions.stream().allMatch(c -> ChineseFolding.fold(c.title()).contains("文明")), completions.toString());
    }
}
