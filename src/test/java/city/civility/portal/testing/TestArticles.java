package city.civility.portal.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The project's own test articles (src/test/resources/articles): page captures in the
 * format the text importer reads, Simplified and Traditional, written for the tests.
 * Unit tests parse and index them; the test server imports them at start-up.
 */
public final class TestArticles {

    private TestArticles() {
    }

    /** The folder as the build copied it onto the test class path. */
    public static Path folder() {
        URL folder = TestArticles.class.getResource("/articles");
        if (folder == null) {
            throw new IllegalStateException("no articles folder on the test class path");
        }
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
