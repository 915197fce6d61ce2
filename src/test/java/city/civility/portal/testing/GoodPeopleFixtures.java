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
        String number = newTrackingNumber(round);
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
            noteForSearch(c, id, now);
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
        String number = newTrackingNumber(YearMonth.from(now.atOffset(ZoneOffset.UTC)));
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

    /**
     * A nomination sent at {@code submittedAt} as vetting left it: {@code status} PENDING,
     * MORE_INFORMATION, APPROVED (then a candidate of {@code round} with {@code likes}) or
     * REJECTED, decided at {@code decidedAt} (null while open).
     */
    public static synchronized void nomination(String category, String district, Instant submittedAt, String status, Instant decidedAt,
                                               YearMonth round, long likes) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO good_person (tracking_number, status, nominee_name, district, category,"
                     + " story, consent, nominator_name, nominator_contact, submitted_at, decided_at, changed_at, version, round_month, likes)"
                     + " VALUES (?, ?, '测试被推荐人', ?, ?, ?, TRUE, '测试推荐人', '13800000000', ?, ?, ?, 1, ?, ?)", new String[] {"id"})) {
            s.setString(1, newTrackingNumber(YearMonth.from(submittedAt.atOffset(ZoneOffset.UTC))));
            s.setString(2, status);
            s.setString(3, district);
            s.setString(4, category);
            s.setString(5, "测试被推荐人多年来热心帮助邻里，照顾独居老人，组织志愿服务，深受街坊好评。这是为测试写的事迹，内容是虚构的。");
            s.setObject(6, submittedAt.atOffset(ZoneOffset.UTC));
            s.setObject(7, decidedAt == null ? null : decidedAt.atOffset(ZoneOffset.UTC));
            s.setObject(8, (decidedAt == null ? submittedAt : decidedAt).atOffset(ZoneOffset.UTC));
            s.setString(9, round == null ? null : round.toString());
            s.setLong(10, likes);
            s.executeUpdate();
            if ("APPROVED".equals(status)) { // public: the search index follows it, as after the portal's approval
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    noteForSearch(c, keys.getLong(1), PortalServer.get().now());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The office's 好人榜 of {@code round}, published now with these candidates of that round on it,
     * as publishing it on the vetting pages leaves it (the month's likes over, the board under notice).
     */
    public static void board(YearMonth round, long... chosen) {
        Instant now = PortalServer.get().now();
        try (Connection c = PortalServer.get().database()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("UPDATE good_person SET on_board = TRUE, changed_at = ? WHERE id = ? AND round_month = ?")) {
                for (long id : chosen) {
                    s.setObject(1, now.atOffset(ZoneOffset.UTC));
                    s.setLong(2, id);
                    s.setString(3, round.toString());
                    if (s.executeUpdate() != 1) {
                        throw new IllegalArgumentException(id + " is not a candidate of " + round);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO good_person_board (round_month, published_at, notice_until, published_by)"
                    + " VALUES (?, ?, ?, 'fixture')")) {
                s.setString(1, round.toString());
                s.setObject(2, now.atOffset(ZoneOffset.UTC));
                s.setObject(3, now.plus(java.time.Duration.ofDays(7)).atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
            NewsFixtures.publicVersionMovesOn(c, now.atOffset(ZoneOffset.UTC));
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A tracking number of the portal's form, whose alphabet has no 0 or 1. */
    private static String newTrackingNumber(YearMonth month) {
        return String.format("GP-%s-T%06d", month.toString().replace("-", ""), (System.nanoTime() / 1000 + next++) % 1_000_000)
                .replace('0', '2').replace('1', '3');
    }

    /** The tracking number its nominator was given for an entry. */
    public static String trackingNumber(long id) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT tracking_number FROM good_person WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The search log's note that a public entry changed, which the portal writes in the changing transaction. */
    private static void noteForSearch(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement log = c.prepareStatement("INSERT INTO search_outbox (doc_type, doc_id, created_at) VALUES ('goodperson', ?, ?)")) {
            log.setLong(1, id);
            log.setObject(2, at.atOffset(ZoneOffset.UTC));
            log.executeUpdate();
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
