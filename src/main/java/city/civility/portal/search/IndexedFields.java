package city.civility.portal.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import city.civility.portal.platform.PortalClock;

/**
 * How a {@link SearchDocument} is laid out in the index. Title, summary and text are stored
 * as written (for showing and highlighting). All text together is indexed twice in
 * {@link #ALL}, the field a document is found by: {@code _w} with smartcn words, {@code _b}
 * with CJK bigrams. Title, tags and summary are indexed once more as bigrams on their own,
 * so that a match there can weigh more. Type, channel and year are filters and facets.
 */
final class IndexedFields {

    /** Written into every commit; an index made with another layout is rebuilt. */
    static final String FORMAT = "portal-search-2";
    static final String FORMAT_KEY = "format";

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String CHANNEL = "channel";
    static final String CHANNEL_NAME = "channelName";
    static final String YEAR = "year";
    static final String PUBLISHED = "published";
    static final String URL = "url";

    /** Title, tags, summary and text, each its own value (a phrase never spans two of them). */
    static final String ALL = "all";

    static final String WORDS = "_w";
    static final String BIGRAMS = "_b";

    /**
     * What a match in a field adds to the match in {@link #ALL} (weight 1), so that in all a
     * match weighs 4 in the title, 3 in the tags, 2 in the summary and 1 in the text.
     */
    static final Map<String, Float> EXTRA_WEIGHTS = Map.of(TITLE, 3f, TAGS, 2f, SUMMARY, 1f);

    /** Type, channel and year as one value, for counting them in one pass ({@link FacetCounts}). */
    static final String FACET_KEY = "facetKey";
    private static final String FACET_SEPARATOR = "\u001f";

    private IndexedFields() {
    }

    static Analyzer analyzer() {
        Analyzer bigrams = ChineseAnalyzers.bigrams();
        return new PerFieldAnalyzerWrapper(ChineseAnalyzers.words(), Map.of(
                TITLE + BIGRAMS, bigrams, SUMMARY + BIGRAMS, bigrams, TAGS + BIGRAMS, bigrams, ALL + BIGRAMS, bigrams));
    }

    static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.YES));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        doc.add(new StoredField(ID, d.id()));
        String tags = String.join(" ", d.tags());
        for (String value : new String[] {d.title(), tags, d.summary(), d.body()}) {
            indexed(doc, ALL, value);
        }
        doc.add(new TextField(TITLE + BIGRAMS, nonNull(d.title()), Field.Store.NO));
        doc.add(new TextField(TAGS + BIGRAMS, tags, Field.Store.NO));
        doc.add(new TextField(SUMMARY + BIGRAMS, nonNull(d.summary()), Field.Store.NO));
        doc.add(new StoredField(TITLE, nonNull(d.title())));
        doc.add(new StoredField(SUMMARY, nonNull(d.summary())));
        doc.add(new StoredField(BODY, nonNull(d.body())));
        if (d.channel() != null) {
            doc.add(new StringField(CHANNEL, d.channel(), Field.Store.YES));
            doc.add(new StoredField(CHANNEL_NAME, d.channelName() == null ? d.channel() : d.channelName()));
        }
        Instant published = d.publishedAt() == null ? Instant.EPOCH : d.publishedAt();
        long millis = published.toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, millis));
        doc.add(new NumericDocValuesField(PUBLISHED, millis));
        doc.add(new StoredField(PUBLISHED, millis));
        String year = String.valueOf(published.atZone(PortalClock.ZONE).getYear());
        doc.add(new StringField(YEAR, year, Field.Store.NO));
        doc.add(new SortedDocValuesField(FACET_KEY, new BytesRef(
                String.join(FACET_SEPARATOR, d.type(), d.channel() == null ? "" : d.channel(), year))));
        doc.add(new StoredField(URL, d.url()));
        return doc;
    }

    /** A facet key's type, channel ("" for none) and year. */
    static List<String> facetValues(String facetKey) {
        return List.of(facetKey.split(FACET_SEPARATOR, -1));
    }

    private static void indexed(Document doc, String name, String value) {
        doc.add(new TextField(name + WORDS, nonNull(value), Field.Store.NO));
        doc.add(new TextField(name + BIGRAMS, nonNull(value), Field.Store.NO));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
