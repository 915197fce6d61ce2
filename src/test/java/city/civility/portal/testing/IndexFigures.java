package city.civility.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an instance's admin search page says of its index, held against the database. */
public final class IndexFigures {

    private IndexFigures() {
    }

    /** Waits until the instance's index has no changes waiting and as many documents as the database has public articles. */
    public static void awaitMatchesDatabase(PortalServer server) throws Exception {
        Visitor admin = new Visitor(server);
        admin.signIn(StaffAccounts.create("searchadmin", "ADMIN"), StaffAccounts.PASSWORD);
        String page = "";
        for (int i = 0; i < 600; i++) {
            page = admin.get("/admin/search.xhtml").body();
            if (figure(page, "indexPending") == 0 && figure(page, "indexDocuments") == publicDocuments(server)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(publicDocuments(server), figure(page, "indexDocuments"), "documents in the index of " + server.baseUrl());
        assertEquals(0, figure(page, "indexPending"), "changes waiting at " + server.baseUrl());
    }

    private static long figure(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([0-9]+)<").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** What the index should hold: every public thing of every feature that offers search documents. */
    public static long publicDocuments(PortalServer server) throws SQLException {
        try (Connection c = server.database();
             PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM article WHERE published_revision_id IS NOT NULL)"
                     + " + (SELECT COUNT(*) FROM good_person WHERE status = 'APPROVED' AND hidden = FALSE)"
                     + " + (SELECT COUNT(*) FROM campaign_nominee n JOIN campaign c ON c.id = n.campaign_id WHERE n.status IN ('PASSED', 'WITHDRAWN')"
                     + " AND c.launched_at IS NOT NULL AND c.notice_from <= ?)"
                     + " + (SELECT COUNT(*) FROM feedback_case WHERE consent_publish = TRUE AND state IN ('ACCEPTED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'))"
                     + " + (SELECT COUNT(*) FROM ad WHERE status = 'PUBLISHED')")) {
            s.setObject(1, server.now().atOffset(java.time.ZoneOffset.UTC)); // candidates are public from their campaign's 公示, by the portal's clock
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
