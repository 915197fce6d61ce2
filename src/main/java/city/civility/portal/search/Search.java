package city.civility.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.IOSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers searches over the index: every word or phrase must be found (in its
 * smartcn-words or its bigram form, in title, tags, summary or text, the title
 * weighing most), excluded ones must not; filters by type, channel and year with
 * counts for each (a filter does not hide the other choices of its own facet);
 * highlighted titles and passages; a correction when nothing was found ({@link Spelling});
 * and the titles offered while typing ({@link TitleCompletions}).
 */
@ApplicationScoped
public class Search {

    public static final int MAX_SIZE = 50;
    public static final int MAX_PAGE = 100;

    /** What to search for; null filters are not applied. */
    public record Request(String q, String type, String channel, Integer year, boolean byDate, int page, int size) {
    }

    /** One result: title and snippet are HTML with only {@code <em>} unescaped. */
    public record Hit(String type, long id, String title, String url, String snippet, Instant publishedAt, String channelName) {
    }

    public record FacetValue(String value, String label, long count) {
    }

    /**
     * A page of results. {@code suggestion} is a corrected query when nothing was found and the index
     * knows close words; {@code rebuilding} says the index is being rebuilt and may be incomplete.
     */
    public record Result(SearchQuery query, long total, List<Hit> hits, Map<String, List<FacetValue>> facets,
                         String suggestion, boolean rebuilding, int page, int size) {
    }

    /** A title offered while typing. */
    public record Completion(String title, String url, String type) {
    }

    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexedFields.PUBLISHED, SortField.Type.LONG, true));

    /**
     * How found documents rank: a match in all the text (in either view, so that ranking
     * finds exactly the documents counted), plus more for one in title, tags or summary.
     */
    private static final Map<String, Float> RANKED = ranked();

    private static Map<String, Float> ranked() {
        Map<String, Float> fields = new LinkedHashMap<>(TextQueries.MATCHING);
        IndexedFields.EXTRA_WEIGHTS.forEach((field, weight) -> fields.put(field + IndexedFields.BIGRAMS, weight));
        return Map.copyOf(fields);
    }

    @Inject
    SearchIndex index;

    private final TextQueries queries = new TextQueries();
    private final Spelling spelling = new Spelling();
    private final TitleCompletions completions = new TitleCompletions(queries);

    /** The channels' names in one index reader (filtered by address, shown by name), each read once. */
    private record ChannelNames(IndexReader reader, Map<String, String> names) {
    }

    private volatile ChannelNames channelNames;

    @Inject
    @ConfigProperty(name = "portal.search.concurrent", defaultValue = "0")
    int concurrent;

    @Inject
    @ConfigProperty(name = "portal.search.queue", defaultValue = "8")
    int queue;

    @Inject
    @ConfigProperty(name = "portal.search.queue-wait", defaultValue = "PT1S")
    Duration queueWait;

    private SearchLanes lanes;

    @PostConstruct
    void admit() {
        lanes = new SearchLanes(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), queue, queueWait);
    }

    /** @throws SearchBusy when as many searches as are admitted are running and waiting already */
    public Result search(Request request) {
        return inLane(() -> overIndex(searcher -> search(searcher, request, index.isIncomplete())));
    }

    /**
     * Up to {@code max} titles containing what has been typed so far, best first.
     *
     * @throws SearchBusy as {@link #search(Request)}
     */
    public List<Completion> complete(String typed, int max) {
        return inLane(() -> overIndex(searcher -> complete(searcher, typed, max)));
    }

    List<Completion> complete(IndexSearcher searcher, String typed, int max) throws IOException {
        return completions.complete(searcher, typed, max);
    }

    private <T> T inLane(IOSupplier<T> work) {
        try {
            return lanes.run(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the work over the latest refreshed searcher. */
    private <T> T overIndex(IOFunction<IndexSearcher, T> work) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            return work.apply(searcher);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The search itself, over the given searcher (tests give one over an index of their own).
     * Counting visits every match, so it asks only whether a document matches, in the one field
     * that holds all its text (for a frequent search, the query cache already knows); ranking
     * wants only the best few, which lets Lucene skip the blocks of documents that cannot make
     * the page.
     */
    Result search(IndexSearcher searcher, Request request, boolean rebuilding) throws IOException {
        SearchQuery query = SearchQuery.parse(request.q());
        int size = Math.max(1, Math.min(MAX_SIZE, request.size()));
        int page = Math.max(1, Math.min(MAX_PAGE, request.page()));
        Optional<Query> matching = queries.textQuery(query, TextQueries.MATCHING);
        IndexReader reader = searcher.getIndexReader();
        if (matching.isEmpty() || reader.numDocs() == 0) {
            return new Result(query, 0, List.of(), Map.of(), null, rebuilding, page, size);
        }
        Map<String, String> filters = filters(request);
        FacetCounts counts = searcher.search(new ConstantScoreQuery(matching.get()), FacetCounts.manager());
        long total = counts.total(filters);
        List<String> needles = new ArrayList<>(query.include());
        List<Hit> hits = new ArrayList<>();
        if (total > (long) (page - 1) * size) {
            Query ranked = ranked(query, matching.get(), filters);
            int wanted = page * size;
            // The count is known already: no need to count past the page, so skipping starts at once.
            TopDocs best = request.byDate()
                    ? searcher.search(ranked, new TopFieldCollectorManager(NEWEST_FIRST, wanted, wanted))
                    : searcher.search(ranked, new TopScoreDocCollectorManager(wanted, null, wanted));
            ScoreDoc[] docs = best.scoreDocs;
            for (int i = (page - 1) * size; i < docs.length; i++) {
                hits.add(hit(searcher.storedFields().document(docs[i].doc), needles));
            }
        }
        String suggestion = total == 0 ? spelling.suggestion(reader, query) : null;
        return new Result(query, total, hits, facets(searcher, counts, filters), suggestion, rebuilding, page, size);
    }

    /**
     * The found documents ranked: a match of a part in all the text counts once, in the
     * title, tags or summary more. Lucene skips the blocks of documents whose best possible
     * score cannot make the page.
     */
    private Query ranked(SearchQuery query, Query matching, Map<String, String> filters) {
        SearchQuery included = new SearchQuery(query.include(), List.of());
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(queries.textQuery(included, RANKED).orElseThrow(), BooleanClause.Occur.MUST);
        if (!query.exclude().isEmpty()) {
            // The counting query holds the exclusions, and the query cache may hold its matches:
            // keeping to those is cheaper than excluding again.
            ranked.add(matching, BooleanClause.Occur.FILTER);
        }
        filters.forEach((field, value) -> ranked.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER));
        return ranked.build();
    }

    /** The request's filters by field; only those given. */
    private static Map<String, String> filters(Request request) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (request.type() != null && !request.type().isBlank()) {
            filters.put(IndexedFields.TYPE, request.type());
        }
        if (request.channel() != null && !request.channel().isBlank()) {
            filters.put(IndexedFields.CHANNEL, request.channel());
        }
        if (request.year() != null) {
            filters.put(IndexedFields.YEAR, String.valueOf(request.year()));
        }
        return filters;
    }

    private static Hit hit(Document doc, List<String> needles) {
        String body = doc.get(IndexedFields.BODY);
        String snippet = Highlights.snippet(body == null || body.isEmpty() ? doc.get(IndexedFields.SUMMARY) : body, needles);
        return new Hit(doc.get(IndexedFields.TYPE), doc.getField(IndexedFields.ID).numericValue().longValue(),
                Highlights.mark(doc.get(IndexedFields.TITLE), needles), doc.get(IndexedFields.URL), snippet,
                Instant.ofEpochMilli(doc.getField(IndexedFields.PUBLISHED).numericValue().longValue()),
                doc.get(IndexedFields.CHANNEL_NAME));
    }

    private Map<String, List<FacetValue>> facets(IndexSearcher searcher, FacetCounts counts, Map<String, String> filters)
            throws IOException {
        Map<String, String> names = channelNames(searcher.getIndexReader());
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<Map.Entry<String, Long>>> dimension : counts.byDimension(filters).entrySet()) {
            boolean channels = dimension.getKey().equals(IndexedFields.CHANNEL);
            List<FacetValue> values = new ArrayList<>();
            for (Map.Entry<String, Long> value : dimension.getValue()) {
                String label = channels ? channelName(searcher, value.getKey(), names) : value.getKey();
                values.add(new FacetValue(value.getKey(), label, value.getValue()));
            }
            result.put(dimension.getKey(), values);
        }
        return result;
    }

    private Map<String, String> channelNames(IndexReader reader) {
        ChannelNames current = channelNames;
        if (current == null || current.reader() != reader) {
            current = new ChannelNames(reader, new ConcurrentHashMap<>());
            channelNames = current;
        }
        return current.names();
    }

    /** A channel's name as its documents carry it (a renamed channel's articles are indexed again). */
    private static String channelName(IndexSearcher searcher, String slug, Map<String, String> known) throws IOException {
        String name = known.get(slug);
        if (name == null) {
            TopDocs one = searcher.search(new TermQuery(new Term(IndexedFields.CHANNEL, slug)), 1);
            name = one.scoreDocs.length == 0 ? slug
                    : searcher.storedFields().document(one.scoreDocs[0].doc).get(IndexedFields.CHANNEL_NAME);
            known.put(slug, name);
        }
        return name;
    }
}
