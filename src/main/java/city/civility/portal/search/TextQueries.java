package city.civility.portal.search;

import java.util.Map;
import java.util.Optional;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * What was typed as a Lucene query: every included word or phrase found, as a phrase of
 * smartcn words or of bigrams as each field is indexed, in any of the given fields; no
 * excluded one anywhere in the text. Searching and completing titles ask alike.
 */
final class TextQueries {

    /** Where a document is found: all its text, in both views. */
    static final Map<String, Float> MATCHING = Map.of(
            IndexedFields.ALL + IndexedFields.WORDS, 1f, IndexedFields.ALL + IndexedFields.BIGRAMS, 1f);

    private final QueryBuilder words = new QueryBuilder(ChineseAnalyzers.words());
    private final QueryBuilder bigrams = new QueryBuilder(ChineseAnalyzers.bigrams());

    /**
     * Every included part must match, no excluded part may; empty when nothing searchable was typed.
     * {@code fields} are where an included part is looked for, with the weight of a match there.
     */
    Optional<Query> textQuery(SearchQuery query, Map<String, Float> fields) {
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
            partQuery(part, MATCHING).ifPresent(q -> all.add(q, BooleanClause.Occur.MUST_NOT));
        }
        return Optional.of(all.build());
    }

    /** One word or phrase: found as a phrase (of words or of bigrams, as the field is indexed) in any of the fields. */
    private Optional<Query> partQuery(String part, Map<String, Float> fields) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            QueryBuilder view = field.getKey().endsWith(IndexedFields.WORDS) ? words : bigrams;
            Query q = view.createPhraseQuery(field.getKey(), part);
            if (q != null) {
                any.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? Optional.empty() : Optional.of(any.build());
    }
}
