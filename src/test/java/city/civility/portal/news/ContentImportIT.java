package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.Visitor;

/**
 * The test server starts on an empty database with demo content on and the shared
 * corpus as its import folder: both arrive, once.
 */
class ContentImportIT {

    @Test
    void theCorpusIsImportedAtStartUpIntoItsSixteenArticles() throws SQLException {
        assertEquals(16, count("SELECT COUNT(*) FROM article_import WHERE import_key LIKE '%.txt#%'"));
        String notices = new Visitor().get("/api/articles?size=100").body();
        assertTrue(notices.contains("全区文化执法半年工作总结范文"), "a Simplified article");
        assertTrue(notices.contains("創文工作開展情況匯報（9）"), "a Traditional article, kept in Traditional");
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
