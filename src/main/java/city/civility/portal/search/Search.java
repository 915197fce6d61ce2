package city.civility.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Answers searches over the index: every word or phrase must be found (in its
 * smartcn-words or its bigram form, in title, tags, summary or text, the title
 * weighing most), excluded ones must not; filters by type, channel and year with
 * counts for each (a filter does not hide the other choices of its own facet);
 * highlighted titles and passages; a correction when nothing was found.
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

    static final List<String> FACETS = List.of(IndexedFields.TYPE, IndexedFields.CHANNEL, IndexedFields.YEAR);

    @Inject
    SearchIndex index;

    private final Analyzer wordAnalyzer = ChineseAnalyzers.words();
    private final QueryBuilder words = new QueryBuilder(wordAnalyzer);
    private final QueryBuilder bigrams = new QueryBuilder(ChineseAnalyzers.bigrams());

    /**
     * What facet counting needs of one index reader: Lucene's ordinal state, and the names of
     * the channels (filtered by address, shown by name), each read once per refreshed reader.
     */
    private record ReaderFacets(IndexReader reader, SortedSetDocValuesReaderState state, Map<String, String> channelNames) {
    }

    private volatile ReaderFacets readerFacets;

    public Result search(Request request) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return search(searcher, request, index.status() == SearchIndex.Status.REBUILDING);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The search itself, over the given searcher (tests give one over an index of their own). */
    Result search(IndexSearcher searcher, Request request, boolean rebuilding) throws IOException {
        SearchQuery query = SearchQuery.parse(request.q());
        int size = Math.max(1, Math.min(MAX_SIZE, request.size()));
        int page = Math.max(1, Math.min(MAX_PAGE, request.page()));
        Optional<Query> text = textQuery(query, IndexedFields.WEIGHTS.keySet());
        IndexReader reader = searcher.getIndexReader();
        if (text.isEmpty() || reader.numDocs() == 0) {
            return new Result(query, 0, List.of(), Map.of(), null, rebuilding, page, size);
        }
        DrillDownQuery drillDown = new DrillDownQuery(IndexedFields.FACETS, text.get());
        addFilter(drillDown, IndexedFields.TYPE, request.type());
        addFilter(drillDown, IndexedFields.CHANNEL, request.channel());
        addFilter(drillDown, IndexedFields.YEAR, request.year() == null ? null : String.valueOf(request.year()));
        ReaderFacets facets = readerFacets(reader);
        DrillSideways sideways = new DrillSideways(searcher, IndexedFields.FACETS, facets.state());
        int wanted = page * size;
        DrillSideways.DrillSidewaysResult found = request.byDate()
                ? sideways.search(drillDown, null, null, wanted, new Sort(new SortField(IndexedFields.PUBLISHED, SortField.Type.LONG, true)), false)
                : sideways.search(drillDown, wanted);
        // Facet counting visits every hit, so the count is usually exact already; counting again costs a second pass.
        long total = found.hits.totalHits.relation == TotalHits.Relation.EQUAL_TO ? found.hits.totalHits.value : searcher.count(drillDown);
        List<String> needles = new ArrayList<>(query.include());
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = found.hits.scoreDocs;
        for (int i = (page - 1) * size; i < docs.length; i++) {
            hits.add(hit(searcher.storedFields().document(docs[i].doc), needles));
        }
        String suggestion = total == 0 ? suggestion(reader, query) : null;
        return new Result(query, total, hits, counts(searcher, found.facets, facets.channelNames()), suggestion, rebuilding, page, size);
    }

    private static void addFilter(DrillDownQuery drillDown, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            drillDown.add(dimension, value);
        }
    }

    private ReaderFacets readerFacets(IndexReader reader) throws IOException {
        ReaderFacets current = readerFacets;
        if (current == null || current.reader() != reader) {
            current = new ReaderFacets(reader, new DefaultSortedSetDocValuesReaderState(reader, IndexedFields.FACETS),
                    new ConcurrentHashMap<>());
            readerFacets = current;
        }
        return current;
    }

    private static Hit hit(Document doc, List<String> needles) {
        String body = doc.get(IndexedFields.BODY);
        String snippet = Highlights.snippet(body == null || body.isEmpty() ? doc.get(IndexedFields.SUMMARY) : body, needles);
        return new Hit(doc.get(IndexedFields.TYPE), doc.getField(IndexedFields.ID).numericValue().longValue(),
                Highlights.mark(doc.get(IndexedFields.TITLE), needles), doc.get(IndexedFields.URL), snippet,
                Instant.ofEpochMilli(doc.getField(IndexedFields.PUBLISHED).numericValue().longValue()),
                doc.get(IndexedFields.CHANNEL_NAME));
    }

    private static Map<String, List<FacetValue>> counts(IndexSearcher searcher, Facets facets, Map<String, String> channelNames)
            throws IOException {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (String dimension : FACETS) {
            FacetResult counts;
            try {
                counts = facets.getTopChildren(50, dimension);
            } catch (IllegalArgumentException e) {
                counts = null; // nothing indexed with this dimension yet
            }
            List<FacetValue> values = new ArrayList<>();
            if (counts != null) {
                for (LabelAndValue lv : counts.labelValues) {
                    String label = dimension.equals(IndexedFields.CHANNEL) ? channelName(searcher, lv.label, channelNames) : lv.label;
                    values.add(new FacetValue(lv.label, label, lv.value.longValue()));
                }
            }
            if (dimension.equals(IndexedFields.YEAR)) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            result.put(dimension, values);
        }
        return result;
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

    /** Every included part must match, no excluded part may; empty when nothing searchable was typed. */
    private Optional<Query> textQuery(SearchQuery query, Set<String> fields) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int included = 0;
        for (String part : query.include()) {
            Optional<Query> q = partQuery(part, fields);
            if (q.isPresent()) {
                all.add(q.get(), BooleanClause.Occur.MUST);
                included++;
            }
        }
        if (included == 0) {
            return Optional.empty();
        }
        for (String part : query.exclude()) {
            partQuery(part, fields).ifPresent(q -> all.add(q, BooleanClause.Occur.MUST_NOT));
        }
        return Optional.of(all.build());
    }

    /** One word or phrase: found as a phrase of words or of bigrams in any of the fields, weighted by field. */
    private Optional<Query> partQuery(String part, Set<String> fields) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : fields) {
            float weight = IndexedFields.WEIGHTS.get(field);
            Query asWords = words.createPhraseQuery(field + IndexedFields.WORDS, part);
            Query asBigrams = bigrams.createPhraseQuery(field + IndexedFields.BIGRAMS, part);
            for (Query q : new Query[] {asWords, asBigrams}) {
                if (q != null) {
                    any.add(new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? Optional.empty() : Optional.of(any.build());
    }

    /** The query with each word the index does not know replaced by the closest one it knows, if any. */
    private String suggestion(IndexReader reader, SearchQuery query) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(2);
        boolean changed = false;
        List<String> parts = new ArrayList<>();
        for (String part : query.include()) {
            StringBuilder corrected = new StringBuilder();
            for (String token : tokens(part)) {
                String replacement = token;
                Term term = new Term(IndexedFields.BODY + IndexedFields.WORDS, token);
                if (reader.docFreq(term) == 0 && reader.docFreq(new Term(IndexedFields.TITLE + IndexedFields.WORDS, token)) == 0) {
                    SuggestWord[] similar = checker.suggestSimilar(term, 1, reader);
                    if (similar.length > 0) {
                        replacement = similar[0].string;
                        changed = true;
                    }
                }
                if (!corrected.isEmpty() && isLatin(corrected.charAt(corrected.length() - 1)) && isLatin(replacement.charAt(0))) {
                    corrected.append(' ');
                }
                corrected.append(replacement);
            }
            parts.add(corrected.toString());
        }
        return changed ? new SearchQuery(parts, query.exclude()).text() : null;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80;
    }

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = wordAnalyzer.tokenStream(IndexedFields.BODY + IndexedFields.WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    /** Up to {@code max} titles containing what has been typed so far, best first. */
    public List<Completion> complete(String typed, int max) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return complete(searcher, typed, max);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Completion> complete(IndexSearcher searcher, String typed, int max) throws IOException {
        SearchQuery query = SearchQuery.parse(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        Optional<Query> titles = textQuery(query, Set.of(IndexedFields.TITLE));
        String last = ChineseFolding.fold(query.include().get(query.include().size() - 1));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        titles.ifPresent(t -> q.add(t, BooleanClause.Occur.SHOULD));
        if (last.codePointCount(0, last.length()) <= 2) {
            // A word still being typed: its first characters start a word or bigram of the title.
            q.add(new PrefixQuery(new Term(IndexedFields.TITLE + IndexedFields.BIGRAMS, last)), BooleanClause.Occur.SHOULD);
        }
        List<Completion> completions = new ArrayList<>();
        for (ScoreDoc d : searcher.search(q.build(), max).scoreDocs) {
            Document doc = searcher.storedFields().document(d.doc);
            completions.add(new Completion(doc.get(IndexedFields.TITLE), doc.get(IndexedFields.URL), doc.get(IndexedFields.TYPE)));
        }
        return completions;
    }
}
