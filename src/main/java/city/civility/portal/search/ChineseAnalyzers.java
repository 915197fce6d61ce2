package city.civility.portal.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two views of every text field. Words (smartcn) rank whole words; CJK bigrams
 * find what smartcn splits inconsistently (身边好人 is 身边|好人 in one sentence and
 * 身边|好|人 in the next; names fall apart). Both fold Traditional to Simplified,
 * full width to half width and case first. Values of a many-valued field are kept
 * apart by a gap in positions, so no phrase runs from one into the next.
 */
final class ChineseAnalyzers {

    private static final int GAP_BETWEEN_VALUES = 100;

    private ChineseAnalyzers() {
    }

    /** Words: smartcn's tokenizer, punctuation dropped. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new StopFilter(tokenizer, SmartChineseAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new FoldingCharFilter(reader);
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return GAP_BETWEEN_VALUES;
            }
        };
    }

    /** Overlapping pairs of Chinese characters (a lone character stays single); Latin words and numbers whole. */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new FoldingCharFilter(reader);
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return GAP_BETWEEN_VALUES;
            }
        };
    }
}
