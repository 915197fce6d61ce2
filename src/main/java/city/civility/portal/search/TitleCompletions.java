package city.civility.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** The titles the search box offers while a search is typed. */
final class TitleCompletions {

    private static final Map<String, Float> TITLES = Map.of(IndexedFields.TITLE + IndexedFields.BIGRAMS, 1f);

    private final TextQueries queries;

    TitleCompletions(TextQueries queries) {
        this.queries = queries;
    }

    /** Up to {@code max} titles containing what has been typed so far, best first. */
    List<Search.Completion> complete(IndexSearcher searcher, String typed, int max) throws IOException {
        SearchQuery query = SearchQuery.parse(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        Optional<Query> titles = queries.textQuery(query, TITLES);
        String last = ChineseFolding.fold(query.include().get(query.include().size() - 1));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        titles.ifPresent(t -> q.add(t, BooleanClause.Occur.SHOULD));
        if (last.codePointCount(0, last.length()) <= 2) {
            // A word still being typed: its first characters start a word or bigram of the title.
            q.add(new PrefixQuery(new Term(IndexedFields.TITLE + IndexedFields.BIGRAMS, last)), BooleanClause.Occur.SHOULD);
        }
        List<Search.Completion> completions = new ArrayList<>();
        for (ScoreDoc d : searcher.search(q.build(), max).scoreDocs) {
            Document doc = searcher.storedFields().document(d.doc);
            completions.add(new Search.Completion(doc.get(IndexedFields.TITLE), doc.get(IndexedFields.URL), doc.get(IndexedFields.TYPE)));
        }
        return completions;
    }
}
