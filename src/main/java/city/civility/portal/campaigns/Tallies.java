package city.civility.portal.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import city.civility.portal.platform.PortalClock;

/**
 * A campaign's tally, counted from the ballots themselves (never from counters that could
 * drift from them): per candidate, the ballots counted, set aside and voided. Counting a
 * hundred thousand ballots takes a moment, so pages read a tally at most {@link #FRESH_FOR}
 * old, or ten times as long as its count took (a count of a second is made at most every ten
 * seconds: counting never takes more than a tenth of the machine from the voters); an older
 * one is recounted in the background while pages keep reading it, and no page waits for a
 * count except the very first.
 */
@ApplicationScoped
public class Tallies {

    private static final Logger LOG = Logger.getLogger(Tallies.class.getName());
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /** Ballots by status. */
    public record Counts(long counted, long setAside, long voided) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(BallotStatus status, long count) {
            return switch (status) {
                case COUNTED -> new Counts(counted + count, setAside, voided);
                case SET_ASIDE -> new Counts(counted, setAside + count, voided);
                case VOIDED -> new Counts(counted, setAside, voided + count);
            };
        }

        public long total() {
            return counted + setAside + voided;
        }
    }

    /** A campaign's tally as counted at {@code countedAt} (in {@code took}): ballots, and the ballots that chose each candidate. */
    public record Tally(Counts ballots, Map<Long, Counts> byCandidate, Instant countedAt, Duration took) {

        boolean isStale(Instant now) {
            Duration freshFor = took.multipliedBy(10).compareTo(FRESH_FOR) > 0 ? took.multipliedBy(10) : FRESH_FOR;
            return countedAt.plus(freshFor).isBefore(now);
        }

        public Counts of(long nomineeId) {
            return byCandidate.getOrDefault(nomineeId, Counts.NONE);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<Long, Tally> tallies = new ConcurrentHashMap<>();
    private final Set<Long> recounting = ConcurrentHashMap.newKeySet();

    /** The campaign's tally, at most {@link #FRESH_FOR} old (or being recounted). */
    public Tally of(long campaignId) {
        Tally known = tallies.get(campaignId);
        if (known == null) {
            return recount(campaignId);
        }
        if (known.isStale(clock.now()) && recounting.add(campaignId)) {
            executor.execute(() -> {
                try {
                    recount(campaignId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "event=tally-failed campaign=" + campaignId, e);
                } finally {
                    recounting.remove(campaignId);
                }
            });
        }
        return known;
    }

    /**
     * Drops this instance's tally of the campaign once the caller's transaction has committed a
     * change to what counts (a reviewer's decision): the next page counts again.
     */
    void forgetAfterCommit(long campaignId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                tallies.remove(campaignId);
            }
        });
    }

    /** Counts now. */
    Tally recount(long campaignId) {
        Instant now = clock.now();
        long started = System.nanoTime();
        Counts ballots = Counts.NONE;
        for (Object[] row : rows("SELECT status, COUNT(*) FROM ballot WHERE campaign_id = ?1 GROUP BY status", campaignId)) {
            ballots = ballots.plus(BallotStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        Map<Long, Counts> byCandidate = new HashMap<>();
        for (Object[] row : rows("SELECT p.nominee_id, b.status, COUNT(*) FROM ballot_pick p JOIN ballot b ON b.id = p.ballot_id"
                + " WHERE b.campaign_id = ?1 GROUP BY p.nominee_id, b.status", campaignId)) {
            byCandidate.merge(((Number) row[0]).longValue(), Counts.NONE.plus(BallotStatus.valueOf((String) row[1]), ((Number) row[2]).longValue()),
                    (a, b) -> new Counts(a.counted() + b.counted(), a.setAside() + b.setAside(), a.voided() + b.voided()));
        }
        Tally tally = new Tally(ballots, Map.copyOf(byCandidate), now, Duration.ofNanos(System.nanoTime() - started));
        tallies.put(campaignId, tally);
        return tally;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long campaignId) {
        return em.createNativeQuery(sql).setParameter(1, campaignId).getResultList();
    }
}
