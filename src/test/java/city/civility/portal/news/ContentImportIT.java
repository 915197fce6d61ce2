package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;

/**
 * The test server starts on an empty database with demo content on and the test
 * articles (src/test/resources/articles) as its import folder: both arrive, once.
 */
class ContentImportIT {

    @Test
    void theTestArticlesAreImportedAtStartUpIntoTheirElevenArticles() throws SQLException {
        assertEquals(11, count("SELECT COUNT(*) FROM article_import WHERE import_key LIKE '%.txt#%'"));
        assertTrue(publicArticle("临溪区道德模范事迹巡讲活动情况报告"), "a Simplified article");
        assertTrue(publicArticle("雲嶺縣精神文明建設工作匯報（4）"), "a Traditional article, kept in Traditional");
    }

    /** Whether the API gives residents the article of this title (found by title in the database: other tests add thousands). */
    private static boolean publicArticle(String title) throws SQLException {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT article_id FROM article_revision WHERE title = ?")) {
            s.setString(1, title);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && new Visitor().get("/api/articles/" + rs.getLong(1)).body().contains(title);
            }
        }
    }

    @Test
    void theDemoCityFillsTheHomePageWithHeadlinesAndPictures() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM article_import WHERE import_key LIKE 'demo:%'") >= 15);
        String home = new Visitor().get("/").body();
        assertTrue(home.contains("江川市全面启动创建全国文明城市三年行动"), "a demo headline on the home page");
        assertTrue(count("SELECT COUNT(*) FROM media_file WHERE uploaded_by = 'demo'") >= 5, "demo pictures in the media library");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = PortalServer.get().database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
