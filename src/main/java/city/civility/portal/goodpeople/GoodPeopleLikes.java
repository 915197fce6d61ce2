package city.civility.portal.goodpeople;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import city.civility.portal.platform.Database;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.RateLimits;

/**
 * Residents' likes (点赞) of a round's candidates, and the live counts cached pages fetch.
 * These are the two requests every visitor of a round makes, at a campaign's peak by the
 * thousand a second, so they are plain JDBC on a connection of their own, in as few round
 * trips as the rules allow; no entity is involved (the count is a column no entity caches).
 */
@ApplicationScoped
public class GoodPeopleLikes {

    /** Likes one address may give (PORTAL_LIMITS_LIKES): a school or office behind one address likes a lot, a script more. */
    static final String LIKES_PER_ADDRESS = "600/PT1H";

    /** What the public may see of an entry: approved and not hidden (as {@link GoodPerson#isPublic()}). */
    private static final String PUBLIC = "status = 'APPROVED' AND hidden = FALSE";
    /** SQLSTATE of a unique key's refusal, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource database;

    @Inject
    PortalClock clock;

    @Inject
    RateLimits limits;

    @Inject
    Rounds rounds;

    /** The live like counts of these public entries (at most a page's worth). */
    public Map<Long, Long> counts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT id, likes FROM good_person WHERE id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ") AND " + PUBLIC;
        Map<Long, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                query.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /**
     * One like of a candidate by a visitor, while its round is open; returns the new count.
     * The like's row is inserted only for a public candidate of the round open now, and the
     * database's key refuses a second one by the visitor the same day (a {@link RuleViolation});
     * the count moves in the same transaction, and the like is acknowledged once it is committed.
     */
    public long like(long id, String visitor, String address) {
        limits.check("likes", LIKES_PER_ADDRESS, address);
        Instant now = clock.now();
        YearMonth round = rounds.current(now);
        try (Connection c = database.getConnection()) {
            if (!rounds.isOpenForLikes(round, now)) {
                throw refusal(c, id);
            }
            c.setAutoCommit(false);
            try {
                if (!insert(c, id, visitor, LocalDate.ofInstant(now, PortalClock.ZONE), round)) {
                    c.rollback();
                    throw refusal(c, id);
                }
                // The candidate's row is locked from here to the commit only: one statement.
                long likes = countOneMore(c, id);
                c.commit();
                return likes;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Inserts the like if the entry is a public candidate of the round; refuses a second one by the key. */
    private static boolean insert(Connection c, long id, String visitor, LocalDate day, YearMonth round) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO good_person_like (good_person_id, visitor, liked_on)"
                + " SELECT id, ?, ? FROM good_person WHERE id = ? AND round_month = ? AND " + PUBLIC)) {
            insert.setString(1, visitor);
            insert.setObject(2, day);
            insert.setLong(3, id);
            insert.setString(4, round.toString());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new RuleViolation("goodpeople.like.already");
            }
            throw e;
        }
    }

    private static long countOneMore(Connection c, long id) throws SQLException {
        // The new count comes back with the update (RETURNING on PostgreSQL, H2's generated keys).
        try (PreparedStatement update = c.prepareStatement("UPDATE good_person SET likes = likes + 1 WHERE id = ?", new String[] {"likes"})) {
            update.setLong(1, id);
            update.executeUpdate();
            try (ResultSet count = update.getGeneratedKeys()) {
                if (!count.next()) {
                    throw new SQLException("no count returned for good person " + id);
                }
                return count.getLong(1);
            }
        }
    }

    /** Why a like was not taken: the entry is public but not open for likes now, or there is no such candidate. */
    private RuleViolation refusal(Connection c, long id) throws SQLException {
        boolean isPublic;
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM good_person WHERE id = ? AND " + PUBLIC)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                isPublic = row.next();
            }
        }
        return isPublic
                ? new RuleViolation("goodpeople.like.closed", String.valueOf(rounds.getLikesFrom()), String.valueOf(rounds.getLikesUntil()))
                : new RuleViolation("goodpeople.like.notFound");
    }
}
