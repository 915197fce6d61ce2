package city.civility.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The matches counted by type, channel and year in one pass. Every document carries its
 * three values as one key ({@link IndexedFields#FACET_KEY}); there are few distinct keys, so
 * the pass only counts documents per key, and the filters are applied to the keys afterwards.
 * Each dimension is counted with the other dimensions' filters but not its own, so choosing
 * a channel still shows how many matches the other channels have (what Lucene's
 * DrillSideways does in several passes).
 */
final class FacetCounts {

    private static final List<String> DIMENSIONS = List.of(IndexedFields.TYPE, IndexedFields.CHANNEL, IndexedFields.YEAR);
    private static final int MAX_VALUES = 50;

    /** Matches per key, keys split into their dimension values. */
    private final Map<List<String>, Long> perKey;

    private FacetCounts(Map<List<String>, Long> perKey) {
        this.perKey = perKey;
    }

    /** Counts the documents of one search; use with {@code IndexSearcher.search(query, manager())}. */
    static CollectorManager<KeyCounter, FacetCounts> manager() {
        return new CollectorManager<>() {
            @Override
            public KeyCounter newCollector() {
                return new KeyCounter();
            }

            @Override
            public FacetCounts reduce(Collection<KeyCounter> counters) throws IOException {
                Map<List<String>, Long> all = new HashMap<>();
                for (KeyCounter counter : counters) {
                    counter.finishLeaf();
                    counter.perKey.forEach((key, n) -> all.merge(IndexedFields.facetValues(key), n, Long::sum));
                }
                return new FacetCounts(all);
            }
        };
    }

    /** Matches passing every filter; a null filter value is no filter. */
    long total(Map<String, String> filters) {
        return perKey.entrySet().stream().filter(e -> passes(e.getKey(), filters, null)).mapToLong(Map.Entry::getValue).sum();
    }

    /** For each dimension, its values with their counts, most first (years newest first). */
    Map<String, List<Map.Entry<String, Long>>> byDimension(Map<String, String> filters) {
        Map<String, List<Map.Entry<String, Long>>> result = new LinkedHashMap<>();
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            String dimension = DIMENSIONS.get(d);
            Map<String, Long> counts = new HashMap<>();
            for (Map.Entry<List<String>, Long> e : perKey.entrySet()) {
                String value = e.getKey().get(d);
                if (!value.isEmpty() && passes(e.getKey(), filters, dimension)) {
                    counts.merge(value, e.getValue(), Long::sum);
                }
            }
            Comparator<Map.Entry<String, Long>> order = dimension.equals(IndexedFields.YEAR)
                    ? Map.Entry.<String, Long>comparingByKey().reversed()
                    : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            List<Map.Entry<String, Long>> values = new ArrayList<>(counts.entrySet());
            values.sort(order);
            result.put(dimension, values.subList(0, Math.min(MAX_VALUES, values.size())));
        }
        return result;
    }

    private static boolean passes(List<String> values, Map<String, String> filters, String ignored) {
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            String dimension = DIMENSIONS.get(d);
            String wanted = filters.get(dimension);
            if (wanted != null && !dimension.equals(ignored) && !wanted.equals(values.get(d))) {
                return false;
            }
        }
        return true;
    }

    /** Counts matching documents per facet key, by the segment's own ordinals while in a segment. */
    static final class KeyCounter extends SimpleCollector {

        private final Map<String, Long> perKey = new HashMap<>();
        private SortedDocValues keys;
        private int[] counts;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishLeaf();
            keys = DocValues.getSorted(context.reader(), IndexedFields.FACET_KEY);
            counts = new int[keys.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (keys.advanceExact(doc)) {
                counts[keys.ordValue()]++;
            }
        }

        void finishLeaf() throws IOException {
            if (keys != null) {
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        perKey.merge(keys.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                    }
                }
                keys = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
