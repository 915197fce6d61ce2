package city.civility.portal.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import city.civility.portal.platform.PortalClock;

/**
 * How a {@link SearchDocument} is laid out in the index. Every text field is stored as
 * written (for showing and highlighting) and indexed twice: {@code _w} with smartcn words,
 * {@code _b} with CJK bigrams. Type, channel and year are filters and facets.
 */
final class IndexedFields {

    /** Written into every commit; an index made with another layout is rebuilt. */
    static final String FORMAT = "portal-search-1";
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

    static final String WORDS = "_w";
    static final String BIGRAMS = "_b";

    /** The searched fields and their weights: a match in the title counts most. */
    static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, TAGS, 3f, SUMMARY, 2f, BODY, 1f);

    static final FacetsConfig FACETS = new FacetsConfig();

    private IndexedFields() {
    }

    static Analyzer analyzer() {
        Analyzer bigrams = ChineseAnalyzers.bigrams();
        return new PerFieldAnalyzerWrapper(ChineseAnalyzers.words(), Map.of(
                TITLE + BIGRAMS, bigrams, SUMMARY + BIGRAMS, bigrams, BODY + BIGRAMS, bigrams, TAGS + BIGRAMS, bigrams));
    }

    static Document toLucene(SearchDocument d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.YES));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(TYPE, d.type()));
        doc.add(new StoredField(ID, d.id()));
        text(doc, TITLE, d.title(), true);
        text(doc, SUMMARY, d.summary(), true);
        text(doc, BODY, d.body(), true);
        text(doc, TAGS, String.join(" ", d.tags()), false);
        if (d.channel() != null) {
            doc.add(new StringField(CHANNEL, d.channel(), Field.Store.YES));
            doc.add(new StoredField(CHANNEL_NAME, d.channelName() == null ? d.channel() : d.channelName()));
            doc.add(new SortedSetDocValuesFacetField(CHANNEL, d.channel()));
        }
        Instant published = d.publishedAt() == null ? Instant.EPOCH : d.publishedAt();
        long millis = published.toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, millis));
        doc.add(new NumericDocValuesField(PUBLISHED, millis));
        doc.add(new StoredField(PUBLISHED, millis));
        String year = String.valueOf(published.atZone(PortalClock.ZONE).getYear());
        doc.add(new StringField(YEAR, year, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(YEAR, year));
        doc.add(new StoredField(URL, d.url()));
        return FACETS.build(doc);
    }

    private static void text(Document doc, String name, String value, boolean stored) {
        String text = value == null ? "" : value;
        if (stored) {
            doc.add(new StoredField(name, text));
        }
        doc.add(new TextField(name + WORDS, text, Field.Store.NO));
        doc.add(new TextField(name + BIGRAMS, text, Field.Store.NO));
    }
}
