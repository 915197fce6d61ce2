package city.civility.portal.search;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/** Applies {@link ChineseFolding} before tokenizing; lengths never change, so offsets need no correction. */
final class FoldingCharFilter extends CharFilter {

    FoldingCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = input.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            buffer[i] = ChineseFolding.fold(buffer[i]);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
