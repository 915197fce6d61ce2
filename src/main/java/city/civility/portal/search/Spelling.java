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

    private final Analyzer wordAnalyzer = ChineseAnalyzers.words();

    /** The query with each word the index does not know replaced by the closest one it knows; null when none was. */
    String suggestion(IndexReader reader, SearchQuery query) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(2);
        boolean changed = false;
        List<String> parts = new ArrayList<>();
        for (String part : query.include()) {
            StringBuilder corrected = new StringBuilder();
            for (String token : tokens(part)) {
                String replacement = token;
                Term term = new Term(IndexedFields.ALL + IndexedFields.WORDS, token);
                if (reader.docFreq(term) == 0) {
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
