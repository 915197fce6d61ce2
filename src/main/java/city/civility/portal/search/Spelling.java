package city.civility.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;

/** The correction offered when nothing was found, from the words the index holds. */
final class Spelling {

    /**
     * Unknown words looked up per query. Each look-up walks the index's word list, so a query
     * of dozens of made-up words cost as much as dozens of searches; the first few unknown
     * words are what a resident mistyped, the rest are kept as typed.
     */
    static final int MAX_LOOKUPS = 3;
    /** Longer words are not looked up: a look-up costs more the longer the word, and such a word is rarely mistyped. */
    private static final int MAX_WORD_LENGTH = 12;

    private final Analyzer wordAnalyzer = ChineseAnalyzers.words();

    /**
     * The query with the first {@link #MAX_LOOKUPS} words the index does not know replaced by the
     * closest ones it knows; null when none was.
     */
    String suggestion(IndexReader reader, SearchQuery query) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(2);
        int lookups = 0;
        boolean changed = false;
        List<String> parts = new ArrayList<>();
        for (String part : query.include()) {
            StringBuilder corrected = new StringBuilder();
            for (String token : tokens(part)) {
                String replacement = token;
                Term term = new Term(IndexedFields.ALL + IndexedFields.WORDS, token);
                int length = token.codePointCount(0, token.length());
                if (lookups < MAX_LOOKUPS && length >= checker.getMinQueryLength() && length <= MAX_WORD_LENGTH && reader.docFreq(term) == 0) {
                    lookups++;
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
        try (TokenStream stream = wordAnalyzer.tokenStream(IndexedFields.ALL + IndexedFields.WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
