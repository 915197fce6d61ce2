package city.civility.portal.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** 身边好人 as a reviewer's approval leaves them, written straight to the database. */
public final class GoodPeopleFixtures {

    private static int next = 1;

    private GoodPeopleFixtures() {
    }

    /** An approved candidate of {@code round}, with the search log's note of it, as the portal's approval leaves them; returns its id. */
    public static synchronized long candidate(String nominee, YearMonth round) {
        Instant now = PortalServer.get().now();
        String number = String.format("GP-%s-T%06d", round.toString().replace("-", ""), (System.nanoTime() / 1000 + next++) % 1_000_000)
                .replace('0', '2').replace('1', '3');
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO good_person (tracking_number, status, nominee_name, district, category,"
                     + " story, consent, nominator_name, nominator_contact, submitted_at, decided_at, changed_at, version, round_month)"
                     + " VALUES (?, 'APPROVED', ?, '滨河区', 'HELPING_OTHERS', ?, TRUE, '测试推荐人', '13800000000', ?, ?, ?, 1, ?)",
                     new String[] {"id"})) {
            s.setString(1, number);
            s.setString(2, nominee);
            s.setString(3, nominee + "多年来热心帮助邻里，照顾独居老人，组织志愿服务，深受街坊好评。这是为测试写的事迹，内容是虚构的。");
            s.setObject(4, now.atOffset(ZoneOffset.UTC));
            s.setObject(5, now.atOffset(ZoneOffset.UTC));
            s.setObject(6, now.atOffset(ZoneOffset.UTC));
            s.setString(7, round.toString());
            s.executeUpdate();
            long id;
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement log = c.prepareStatement("INSERT INTO search_outbox (doc_type, doc_id, created_at) VALUES ('goodperson', ?, ?)")) {
                log.setLong(1, id);
                log.setObject(2, now.atOffset(ZoneOffset.UTC));
                log.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resident's nomination waiting for a reviewer, as the form leaves it; returns its id and tracking number. */
    public record Nomination(long id, String trackingNumber) {
    }

    public static synchronized Nomination waiting(String nominee, String district, String story) {
        Instant now = PortalServer.get().now();
        String number = String.format("GP-%s-W%06d", "202611", (System.nanoTime() / 1000 + next++) % 1_000_000).replace('0', '2').replace('1', '3');
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO good_person (tracking_number, status, nominee_name, district, category,"
                     + " story, consent, nominator_name, nominator_contact, submitted_at, changed_at, version)"
                     + " VALUES (?, 'PENDING', ?, ?, 'HELPING_OTHERS', ?, TRUE, '测试推荐人', '13800000000', ?, ?, 1)", new String[] {"id"})) {
            s.setString(1, number);
            s.setString(2, nominee);
            s.setString(3, district);
            s.setString(4, story);
            s.setObject(5, now.atOffset(ZoneOffset.UTC));
            s.setObject(6, now.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
            long id;
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement event = c.prepareStatement("INSERT INTO good_person_event (good_person_id, happened_at, kind, actor)"
                    + " VALUES (?, ?, 'SUBMITTED', 'nominator')")) {
                event.setLong(1, id);
                event.setObject(2, now.atOffset(ZoneOffset.UTC));
                event.executeUpdate();
            }
            return new Nomination(id, number);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The likes the database holds for an entry. */
    public static long likes(long id) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT likes, (SELECT COUNT(*) FROM good_person_like WHERE good_person_id = ?) FROM good_person WHERE id = ?")) {
            s.setLong(1, id);
            s.setLong(2, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong(1) != r.getLong(2)) {
                    throw new AssertionError("the count " + r.getLong(1) + " differs from the likes kept " + r.getLong(2));
                }
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
