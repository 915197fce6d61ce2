package city.civility.portal.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;

/**
 * The office's review of the ballots the fraud signals set aside: grouped by what flagged them
 * and where they came from (a stuffer is hundreds of ballots from one network), counted after
 * all or voided with a reason, a group at once or one ballot by its receipt number; and every
 * ballot of a campaign for the audit, the voter pseudonymised. Decisions are taken while
 * voting runs and during counting, never once the results are public; each is audited.
 */
@Stateless
@RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
public class BallotReview {

    /** Set-aside ballots flagged by the same signals from the same network, and when the first and last came. */
    public record Group(String signals, String subnet, long ballots, Instant first, Instant last) {
    }

    /** A ballot as the audit's export shows it: never the phone, the ID number or the address beyond its network. */
    public record Row(String number, Instant castAt, BallotStatus status, String signals, String subnet, int fillSeconds, String voter,
            List<String> choices, String reviewedBy, String reviewReason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Tallies tallies;

    @Inject
    SecurityContext security;

    /** Every launched campaign, the newest first, for the page's choice. */
    public List<Campaign> campaigns() {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.launchedAt IS NOT NULL ORDER BY c.votingFrom DESC, c.id DESC", Campaign.class)
                .getResultList();
    }

    public Optional<Campaign> campaign(String slug) {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.slug = :slug", Campaign.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The campaign's ballots by status: counted, set aside, voided. */
    public Tallies.Counts counts(long campaignId) {
        return tallies.recount(campaignId).ballots();
    }

    /** The set-aside ballots in groups, the largest first. */
    @SuppressWarnings("unchecked")
    public List<Group> groups(long campaignId) {
        // Native: JPQL's MIN over a converted Instant column reaches the converter as whatever the driver makes of it.
        List<Object[]> rows = em.createNativeQuery("SELECT signals, subnet, COUNT(*), MIN(cast_at), MAX(cast_at) FROM ballot"
                        + " WHERE campaign_id = ?1 AND status = 'SET_ASIDE' GROUP BY signals, subnet ORDER BY COUNT(*) DESC, subnet")
                .setParameter(1, campaignId).getResultList();
        return rows.stream().map(r -> new Group((String) r[0], (String) r[1], ((Number) r[2]).longValue(), instant(r[3]), instant(r[4]))).toList();
    }

    /** A TIMESTAMP WITH TIME ZONE as the driver returns it (PostgreSQL: a Timestamp; H2: an OffsetDateTime). */
    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }

    /** Counts or voids a group of set-aside ballots; returns how many were decided. */
    public int decideGroup(long campaignId, String signals, String subnet, boolean count, String reason) {
        Campaign campaign = open(campaignId);
        List<Ballot> group = em.createQuery("SELECT b FROM Ballot b WHERE b.campaignId = :campaign AND b.status = :setAside"
                        + " AND b.signals = :signals AND b.subnet = :subnet", Ballot.class)
                .setParameter("campaign", campaignId).setParameter("setAside", BallotStatus.SET_ASIDE)
                .setParameter("signals", signals).setParameter("subnet", subnet).getResultList();
        Instant now = clock.now();
        group.forEach(b -> b.review(count, reviewer(), reason, now));
        audit.record(count ? "campaigns.ballots-counted" : "campaigns.ballots-voided", "campaign", campaignId, "audit.detail.ballotGroup",
                campaign.getSlug(), String.valueOf(group.size()), subnet, group.isEmpty() ? "" : group.get(0).getReviewReason());
        afterCommit(campaignId);
        return group.size();
    }

    /** Counts or voids one set-aside ballot, by its receipt number (a voter who called the office, say). */
    public void decideOne(long campaignId, String typedNumber, boolean count, String reason) {
        Campaign campaign = open(campaignId);
        Ballot ballot = em.createQuery("SELECT b FROM Ballot b WHERE b.campaignId = :campaign AND b.number = :number", Ballot.class)
                .setParameter("campaign", campaignId).setParameter("number", Ballot.normalizeNumber(typedNumber)).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("campaigns.ballot.notFound"));
        ballot.review(count, reviewer(), reason, clock.now());
        audit.record(count ? "campaigns.ballot-counted" : "campaigns.ballot-voided", "campaign", campaignId, "audit.detail.ballot",
                campaign.getSlug(), ballot.getNumber(), ballot.getReviewReason());
        afterCommit(campaignId);
    }

    /** Every ballot of the campaign, oldest first, handed to {@code out} page by page (a city's vote does not fit in memory at once). */
    public void export(long campaignId, Consumer<Row> out) {
        List<Object[]> numbers = em.createQuery("SELECT n.id, n.number FROM Nominee n WHERE n.campaign.id = :campaign", Object[].class)
                .setParameter("campaign", campaignId).getResultList();
        java.util.Map<Long, String> numberOf = new java.util.HashMap<>();
        numbers.forEach(n -> numberOf.put((Long) n[0], n[1] == null ? "?" : String.format("%03d", (Integer) n[1])));
        long after = 0;
        while (true) {
            List<Ballot> page = em.createQuery("SELECT b FROM Ballot b WHERE b.campaignId = :campaign AND b.id > :after ORDER BY b.id", Ballot.class)
                    .setParameter("campaign", campaignId).setParameter("after", after).setMaxResults(1000).getResultList();
            if (page.isEmpty()) {
                return;
            }
            for (Ballot b : page) {
                out.accept(new Row(b.getNumber(), b.getCastAt(), b.getStatus(), b.getSignals().stream().map(Enum::name).reduce((x, y) -> x + "," + y)
                        .orElse(""), b.getSubnet(), b.getFillSeconds(), pseudonym(b.getVoterKey()),
                        b.getPicks().stream().map(id -> numberOf.getOrDefault(id, "?")).sorted().toList(), b.getReviewedBy(), b.getReviewReason()));
                after = b.getId();
            }
            em.clear();
        }
    }

    /**
     * The voter as the export names them: the first twelve digits of their keyed hash, enough
     * to see one voter's ballots together (daily ballots), nothing to find the phone by.
     */
    private static String pseudonym(String voterKey) {
        return voterKey.length() > 12 ? voterKey.substring(0, 12) : voterKey;
    }

    /** The campaign, while its ballots may still be decided on: voting or counting. */
    private Campaign open(long campaignId) {
        Campaign campaign = Optional.ofNullable(em.find(Campaign.class, campaignId)).orElseThrow(() -> new RuleViolation("campaigns.notFound"));
        Phase phase = campaign.phaseAt(clock.now());
        if (phase != Phase.VOTING && phase != Phase.COUNTING) {
            throw new RuleViolation("campaigns.ballot.reviewClosed");
        }
        return campaign;
    }

    private String reviewer() {
        return security.getCallerPrincipal().getName();
    }

    /** The tally this instance shows is counted again once the decision is committed (others count within seconds). */
    private void afterCommit(long campaignId) {
        tallies.forgetAfterCommit(campaignId);
    }
}
