package city.civility.portal.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.search.SearchOutbox;

/**
 * The office's side of a campaign: administrators set it up, launch it and extend its phases;
 * the committee's reviewers enter nominations, pass or reject them, withdraw candidates and
 * enter the jury's votes. Each step is recorded on the campaign's history and in the audit log.
 */
@Stateless
@RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
public class CampaignOffice {

    /** A campaign as the set-up form describes it. */
    public record Draft(String slug, String title, String summary, Campaign.Schedule schedule, Campaign.BallotRules rules,
            List<Campaign.CategoryPlan> categories) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox searchLog;

    @Inject
    SecurityContext security;

    @Inject
    Tallies tallies;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    /** Every campaign, drafts too, the newest voting first. */
    public List<Campaign> campaigns() {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.votingFrom DESC, c.id DESC", Campaign.class).getResultList();
    }

    public Optional<Campaign> campaign(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    /** The campaign's nominees in every state, by category, candidates by number, the rest in the order they came. */
    public List<Nominee> nominees(long campaignId) {
        return em.createQuery("SELECT n FROM Nominee n JOIN FETCH n.category c WHERE n.campaign.id = :campaign"
                + " ORDER BY c.position, n.number, n.submittedAt, n.id", Nominee.class).setParameter("campaign", campaignId).getResultList();
    }

    /** What happened to the campaign and its nominees, the newest first. */
    public List<CampaignEvent> history(long campaignId) {
        return em.createQuery("SELECT e FROM CampaignEvent e WHERE e.campaignId = :campaign ORDER BY e.happenedAt DESC, e.id DESC",
                CampaignEvent.class).setParameter("campaign", campaignId).setMaxResults(200).getResultList();
    }

    /** A new campaign, not launched; returns its id. Its address (slug) is fixed from now on. */
    @RolesAllowed(StaffRoles.ADMIN)
    public long create(Draft draft) {
        Instant now = clock.now();
        Campaign campaign = Campaign.draft(draft.slug(), draft.title(), draft.summary(), draft.schedule(), draft.rules(), draft.categories(), now);
        requireFreeSlug(campaign.getSlug());
        em.persist(campaign);
        em.flush();
        em.persist(new CampaignEvent(campaign.getId(), null, now, CampaignEvent.Kind.CREATED, actor(), null));
        audit.record("campaigns.created", "campaign", campaign.getId(), "audit.detail.campaign", campaign.getSlug(), campaign.getTitle());
        return campaign.getId();
    }

    /**
     * Rewrites a campaign before launch. {@code expectedVersion}: the version the form loaded,
     * so a colleague's change made meanwhile is not overwritten.
     */
    @RolesAllowed(StaffRoles.ADMIN)
    public void revise(long id, long expectedVersion, Draft draft) {
        Campaign campaign = found(id);
        if (campaign.getVersion() != expectedVersion) {
            throw new RuleViolation("campaigns.changedMeanwhile");
        }
        List<CampaignCategory> dropped = campaign.revise(draft.title(), draft.summary(), draft.schedule(), draft.rules(), draft.categories(),
                clock.now());
        for (CampaignCategory category : dropped) {
            long nominees = em.createQuery("SELECT COUNT(n) FROM Nominee n WHERE n.category = :category", Long.class)
                    .setParameter("category", category).getSingleResult();
            if (nominees > 0) {
                throw new RuleViolation("campaigns.categories.inUse", category.getName());
            }
            em.remove(category);
        }
        campaign.getCategories().stream().filter(c -> c.getId() == null).forEach(em::persist);
        audit.record("campaigns.revised", "campaign", id, "audit.detail.campaign", campaign.getSlug(), campaign.getTitle());
    }

    /** Releases the campaign: its page is public and its dates run. */
    @RolesAllowed(StaffRoles.ADMIN)
    public void launch(long id) {
        Campaign campaign = found(id);
        Instant now = clock.now();
        campaign.launch(now);
        em.persist(new CampaignEvent(id, null, now, CampaignEvent.Kind.LAUNCHED, actor(), null));
        audit.record("campaigns.launched", "campaign", id, "audit.detail.campaign", campaign.getSlug(), campaign.getTitle());
        publicChange.fire(new PublicContentVersion.Changed());
    }

    /** Lets {@code phase} run until {@code newEnd}; every later phase moves by as much. The reason is public. */
    @RolesAllowed(StaffRoles.ADMIN)
    public void extend(long id, Phase phase, Instant newEnd, String reason) {
        Campaign campaign = found(id);
        em.lock(campaign, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Instant now = clock.now();
        Instant oldEnd = campaign.endOf(phase);
        campaign.extend(phase, newEnd, reason, now);
        String kept = Nominee.reason(reason, Nominee.MIN_REASON);
        em.persist(new CampaignEvent(id, null, now, CampaignEvent.Kind.PHASE_EXTENDED, actor(), kept));
        audit.record("campaigns.extended", "campaign", id, "audit.detail.campaignExtended", campaign.getSlug(),
                new AuditLog.Translated(phase.messageKey()), oldEnd, newEnd, kept);
        publicChange.fire(new PublicContentVersion.Changed());
    }

    /** A nominee from a unit or a 好人榜 entry, entered by the office until review ends; returns its id. */
    public long nominate(long campaignId, Nominee.Entry entry) {
        Campaign campaign = found(campaignId);
        CampaignCategory category = campaign.getCategories().stream().filter(c -> c.getId() == entry.categoryId()).findFirst()
                .orElseThrow(() -> new RuleViolation("campaigns.nominee.category"));
        if (entry.source() == NomineeSource.PUBLIC) {
            // The public nominates through its own form, with a verified contact.
            throw new RuleViolation("campaigns.nominee.source");
        }
        Instant now = clock.now();
        Nominee nominee = Nominee.nominate(campaign, category, entry, now);
        em.persist(nominee);
        em.flush();
        em.persist(new CampaignEvent(campaignId, nominee.getId(), now, CampaignEvent.Kind.NOMINATED, actor(), nominee.getName()));
        audit.record("campaigns.nominated", "campaign", campaignId, "audit.detail.nominee", campaign.getSlug(), nominee.getName(), "");
        return nominee.getId();
    }

    /** The committee passes a nominee: a candidate with the campaign's next number (编号). */
    public void pass(long nomineeId, String reason) {
        Nominee nominee = nominee(nomineeId);
        // One reviewer numbers at a time, so two passed at once never get the same number.
        em.lock(nominee.getCampaign(), LockModeType.PESSIMISTIC_WRITE);
        int next = em.createQuery("SELECT COALESCE(MAX(n.number), 0) FROM Nominee n WHERE n.campaign = :campaign", Integer.class)
                .setParameter("campaign", nominee.getCampaign()).getSingleResult() + 1;
        Instant now = clock.now();
        nominee.pass(next, actor(), reason, now);
        decided(nominee, CampaignEvent.Kind.PASSED, "campaigns.passed", now);
    }

    /** The committee rejects a nominee, with the reason on record. */
    public void reject(long nomineeId, String reason) {
        Nominee nominee = nominee(nomineeId);
        Instant now = clock.now();
        nominee.reject(actor(), reason, now);
        decided(nominee, CampaignEvent.Kind.REJECTED, "campaigns.rejected", now);
    }

    /** Takes a candidate off the ballot (an objection upheld, their own wish); their ballots stay, the page marks them withdrawn. */
    public void withdraw(long nomineeId, String reason) {
        Nominee nominee = nominee(nomineeId);
        Instant now = clock.now();
        nominee.withdraw(actor(), reason, now);
        decided(nominee, CampaignEvent.Kind.WITHDRAWN, "campaigns.withdrawn", now);
        searchLog.changed(CandidateSearch.TYPE, nominee.getId());
        tallies.forgetAfterCommit(nominee.getCampaign().getId());
        publicChange.fire(new PublicContentVersion.Changed());
    }

    /** The jury's votes for a candidate. */
    public void juryVotes(long nomineeId, int votes) {
        Nominee nominee = nominee(nomineeId);
        Instant now = clock.now();
        int before = nominee.getJuryVotes();
        nominee.juryVotes(votes, now);
        em.persist(new CampaignEvent(nominee.getCampaign().getId(), nomineeId, now, CampaignEvent.Kind.JURY_VOTES, actor(),
                before + " → " + votes));
        audit.record("campaigns.jury-votes", "campaign", nominee.getCampaign().getId(), "audit.detail.juryVotes", nominee.getCampaign().getSlug(),
                nominee.getNumberText(), nominee.getName(), String.valueOf(before), String.valueOf(votes));
    }

    private void decided(Nominee nominee, CampaignEvent.Kind kind, String action, Instant now) {
        Campaign campaign = nominee.getCampaign();
        String reason = nominee.getDecisionReason() == null ? "" : nominee.getDecisionReason();
        em.persist(new CampaignEvent(campaign.getId(), nominee.getId(), now, kind, actor(), reason.isEmpty() ? null : reason));
        audit.record(action, "campaign", campaign.getId(), "audit.detail.nominee", campaign.getSlug(), nominee.getName(), reason);
    }

    private void requireFreeSlug(String slug) {
        if (em.createQuery("SELECT COUNT(c) FROM Campaign c WHERE c.slug = :slug", Long.class).setParameter("slug", slug).getSingleResult() > 0) {
            throw new RuleViolation("campaigns.slug.taken", slug);
        }
    }

    private Campaign found(long id) {
        return campaign(id).orElseThrow(() -> new RuleViolation("campaigns.notFound"));
    }

    private Nominee nominee(long id) {
        return Optional.ofNullable(em.find(Nominee.class, id)).orElseThrow(() -> new RuleViolation("campaigns.nominee.notFound"));
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }
}
