package city.civility.portal.goodpeople;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

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
 * thousand a second, so they are plain JDBC on a connection of their own, and likes arriving
 * together are written in one transaction ({@link LikeBatch}); no entity is involved (the
 * count is a column no entity caches).
 */
@ApplicationScoped
public class GoodPeopleLikes {

    /** Likes one address may give (PORTAL_LIMITS_LIKES): a school or office behind one address likes a lot, a script more. */
    static final String LIKES_PER_ADDRESS = "600/PT1H";

    /** Likes written in one transaction at most: more than the callers that can wait behind a writer's lock. */
    static final int MAX_BATCH = 64;
    /**
     * Writers working side by side, each for its share of the candidates (by id), so that a
     * batch waiting on the database does not hold up all the others, and no two batches ever
     * update the same candidate's row at once.
     */
    static final int WRITERS = 4;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource database;

    @Inject
    PortalClock clock;

    @Inject
    RateLimits limits;

    @Inject
    Rounds rounds;

    private final List<Writer> writers = IntStream.range(0, WRITERS).mapToObj(i -> new Writer()).toList();

    /** The likes waiting for one writer, and the lock its current leader holds. */
    private record Writer(Queue<LikeBatch.Like> waiting, ReentrantLock lock) {
        Writer() {
            this(new ConcurrentLinkedQueue<>(), new ReentrantLock());
        }
    }

    /** The live like counts of these public entries (at most a page's worth). */
    public Map<Long, Long> counts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (Connection c = database.getConnection()) {
            return LikeBatch.valuesOf(c, "likes", Long.class, ids, " AND " + LikeBatch.PUBLIC);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /**
     * One like of a candidate by a visitor, while its round is open; returns the new count.
     * The like's row is added only for a public candidate of the round open now, and the
     * database's key leaves out a second one by the visitor the same day (a {@link RuleViolation});
     * the count moves in the same transaction, and the like is acknowledged once it is committed.
     * <p>
     * Likes arriving together are written together (group commit): the first caller takes its
     * writer's lock and writes every like waiting for that writer in one transaction; the others
     * wait for the lock and find theirs written. At a peak this is one transaction for many likes
     * instead of one each, and the candidates' rows are each updated once per transaction.
     */
    public long like(long id, String visitor, String address) {
        limits.check("likes", LIKES_PER_ADDRESS, address);
        Instant now = clock.now();
        YearMonth round = rounds.current(now);
        if (!rounds.isOpenForLikes(round, now)) {
            throw refusal(id);
        }
        LikeBatch.Like mine = new LikeBatch.Like(id, visitor, LocalDate.ofInstant(now, PortalClock.ZONE), round);
        Writer writer = writers.get((int) Math.floorMod(id, (long) WRITERS));
        writer.waiting().add(mine);
        writer.lock().lock();
        try {
            while (!mine.done) {
                writeWaiting(writer.waiting());
            }
        } finally {
            writer.lock().unlock();
        }
        if (mine.refused != null) {
            throw mine.refused;
        }
        return mine.likes;
    }

    /** Writes the likes waiting now (at most a batch), under their writer's lock. */
    private void writeWaiting(Queue<LikeBatch.Like> waiting) {
        List<LikeBatch.Like> batch = new ArrayList<>();
        for (LikeBatch.Like next; batch.size() < MAX_BATCH && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        try {
            write(batch);
        } catch (SQLException | RuntimeException failed) {
            // A batch that failed (the database gone a moment, or one like it would not take)
            // is written again like by like, so that each like fails alone, and as itself.
            if (batch.size() == 1) {
                settle(batch.get(0), failed);
            } else {
                batch.forEach(this::writeAlone);
            }
        }
        batch.forEach(like -> like.done = true);
    }

    private void writeAlone(LikeBatch.Like like) {
        try {
            write(List.of(like));
        } catch (SQLException | RuntimeException failed) {
            settle(like, failed);
        }
    }

    /** A like whose writing failed: its caller gets the failure (a database gone answers 503, see ErrorStatusFilter). */
    private static void settle(LikeBatch.Like like, Exception failed) {
        like.refused = failed instanceof RuntimeException runtime ? runtime : new PersistenceException(failed);
    }

    private void write(List<LikeBatch.Like> batch) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try {
                new LikeBatch(batch).write(c, this::closed);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                batch.forEach(like -> {
                    like.refused = null;
                    like.likes = 0;
                });
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private RuleViolation closed() {
        return new RuleViolation("goodpeople.like.closed", String.valueOf(rounds.getLikesFrom()), String.valueOf(rounds.getLikesUntil()));
    }

    /** Why a like was not taken outside the round's window: the entry is public, or there is no such candidate. */
    private RuleViolation refusal(long id) {
        return counts(List.of(id)).isEmpty() ? new RuleViolation("goodpeople.like.notFound") : closed();
    }
}
