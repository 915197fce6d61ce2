package city.civility.portal.goodpeople;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import city.civility.portal.platform.RuleViolation;

/**
 * Likes written together in one transaction ({@link GoodPeopleLikes}): each like's row is
 * added unless its key is taken, so the database takes a visitor's first like of an entry on
 * a day and leaves a second one out; each candidate's count moves once by the likes it took,
 * and every like learns its outcome once the transaction is committed.
 */
final class LikeBatch {

    /** What the public may see of an entry: approved and not hidden (as {@link GoodPerson#isPublic()}). */
    static final String PUBLIC = "status = 'APPROVED' AND hidden = FALSE";

    /** One like, and what became of it. */
    static final class Like {
        final long id;
        final String visitor;
        final LocalDate day;
        final YearMonth round;
        boolean done;
        long likes;
        RuntimeException refused;

        Like(long id, String visitor, LocalDate day, YearMonth round) {
            this.id = id;
            this.visitor = visitor;
            this.day = day;
            this.round = round;
        }
    }

    private final List<Like> likes;

    LikeBatch(List<Like> likes) {
        this.likes = likes;
    }

    /** Writes the likes in the connection's transaction (the caller commits); refused ones get their reason. */
    void write(Connection c, Supplier<RuleViolation> closed) throws SQLException {
        Map<Long, String> publicRounds = publicRounds(c);
        List<Like> candidates = likes.stream().filter(like -> {
            String round = publicRounds.get(like.id);
            if (!like.round.toString().equals(round)) {
                like.refused = round != null ? closed.get() : new RuleViolation("goodpeople.like.notFound");
            }
            return like.refused == null;
        }).toList();
        if (candidates.isEmpty()) {
            return;
        }
        Map<Long, Integer> taken = new TreeMap<>(); // by id: every batch locks its candidates in the same order
        try (PreparedStatement merge = c.prepareStatement(addUnlessKeyTaken(c))) {
            for (Like like : candidates) {
                merge.setLong(1, like.id);
                merge.setString(2, like.visitor);
                merge.setObject(3, like.day);
                merge.addBatch();
            }
            int[] added = merge.executeBatch();
            for (int i = 0; i < added.length; i++) {
                Like like = candidates.get(i);
                if (added[i] == 1) {
                    taken.merge(like.id, 1, Integer::sum);
                } else {
                    like.refused = new RuleViolation("goodpeople.like.already");
                }
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        try (PreparedStatement count = c.prepareStatement("UPDATE good_person SET likes = likes + ? WHERE id = ?")) {
            for (Map.Entry<Long, Integer> entry : taken.entrySet()) {
                count.setInt(1, entry.getValue());
                count.setLong(2, entry.getKey());
                count.addBatch();
            }
            count.executeBatch();
        }
        Map<Long, Long> counts = valuesOf(c, "likes", Long.class, taken.keySet(), ""); // as this transaction leaves them
        for (Like like : candidates) {
            if (like.refused == null) {
                like.likes = counts.get(like.id);
            }
        }
    }

    /**
     * The statement that adds a like unless the visitor gave the entry one that day already,
     * as the key decides: PostgreSQL's ON CONFLICT DO NOTHING goes by the key's index itself
     * (a MERGE there joins, and on a table its statistics still call empty, the plan cached
     * for the batch scans the whole table); H2 has no ON CONFLICT, and looks its key up for a MERGE.
     */
    private static String addUnlessKeyTaken(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
                ? "INSERT INTO good_person_like (good_person_id, visitor, liked_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                : "MERGE INTO good_person_like l USING (SELECT CAST(? AS BIGINT) AS good_person_id, CAST(? AS VARCHAR(32)) AS visitor,"
                        + " CAST(? AS DATE) AS liked_on) v ON l.good_person_id = v.good_person_id AND l.visitor = v.visitor"
                        + " AND l.liked_on = v.liked_on WHEN NOT MATCHED THEN INSERT (good_person_id, visitor, liked_on)"
                        + " VALUES (v.good_person_id, v.visitor, v.liked_on)";
    }

    /** The round of each public entry of the batch. */
    private Map<Long, String> publicRounds(Connection c) throws SQLException {
        return valuesOf(c, "round_month", String.class, likes.stream().map(like -> like.id).distinct().toList(), " AND " + PUBLIC);
    }

    /**
     * One column of these entries: {@code SELECT id, column FROM good_person WHERE id IN (…)}
     * and the condition, as a map from id to value (entries not found are left out).
     */
    static <V> Map<Long, V> valuesOf(Connection c, String column, Class<V> type, Collection<Long> ids, String condition) throws SQLException {
        Map<Long, V> values = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id, " + column + " FROM good_person WHERE id IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")" + condition)) {
            int i = 1;
            for (long id : ids) {
                query.setLong(i++, id);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getLong(1), rows.getObject(2, type));
                }
            }
        }
        return values;
    }
}
