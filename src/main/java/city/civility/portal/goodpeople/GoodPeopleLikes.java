package city.civility.portal.goodpeople;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.participation.RateLimits;

/**
 * Residents' likes (点赞) of a round's candidates, and the live counts cached pages fetch: anyone
 * may like, so a plain transactional bean, with no role to check.
 */
@ApplicationScoped
public class GoodPeopleLikes {

    /** Likes one address may give (PORTAL_LIMITS_LIKES): a school or office behind one address likes a lot, a script more. */
    static final String LIKES_PER_ADDRESS = "600/PT1H";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    RateLimits limits;

    @Inject
    Rounds rounds;

    /** The live like counts of these public entries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> counts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT g.id, g.likes FROM GoodPerson g WHERE g.id IN :ids AND g.moderation.status = :approved"
                        + " AND g.moderation.hidden = FALSE", Object[].class)
                .setParameter("ids", ids).setParameter("approved", ModerationStatus.APPROVED)
                .getResultStream().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * One like of a candidate by a visitor, while its round is open: the database refuses a
     * second one the same day by its key (a {@link RuleViolation}), and the count moves in the
     * same transaction, so a like is counted once, and acknowledged only once it is committed.
     */
    @Transactional
    public long like(long id, String visitor, String address) {
        limits.check("likes", LIKES_PER_ADDRESS, address);
        Instant now = clock.now();
        YearMonth round = rounds.current(now);
        // Three statements and no entity: the count moves only for a public candidate of the round
        // open now, and the like's row is refused by the key when the visitor liked it today.
        int counted = rounds.isOpenForLikes(round, now) ? em.createQuery("UPDATE GoodPerson g SET g.likes = g.likes + 1 WHERE g.id = :id"
                        + " AND g.roundMonth = :round AND g.moderation.status = :approved AND g.moderation.hidden = FALSE")
                .setParameter("id", id).setParameter("round", round.toString()).setParameter("approved", ModerationStatus.APPROVED)
                .executeUpdate() : 0;
        if (counted == 0) {
            GoodPerson candidate = em.find(GoodPerson.class, id);
            throw candidate != null && candidate.isPublic()
                    ? new RuleViolation("goodpeople.like.closed", String.valueOf(rounds.getLikesFrom()), String.valueOf(rounds.getLikesUntil()))
                    : new RuleViolation("goodpeople.like.notFound");
        }
        try {
            em.createNativeQuery("INSERT INTO good_person_like (good_person_id, visitor, liked_on) VALUES (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, visitor).setParameter(3, LocalDate.ofInstant(now, PortalClock.ZONE))
                    .executeUpdate();
        } catch (PersistenceException already) {
            throw new RuleViolation("goodpeople.like.already");
        }
        return em.createQuery("SELECT g.likes FROM GoodPerson g WHERE g.id = :id", Long.class).setParameter("id", id).getSingleResult();
    }
}
