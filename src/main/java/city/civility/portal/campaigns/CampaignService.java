package city.civility.portal.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.search.SearchOutbox;

/** 道德模范 campaigns: what the public reads of them, and moving them through their phases on time. */
@Stateless
@PermitAll
public class CampaignService {

    private static final Logger LOG = Logger.getLogger(CampaignService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    Tallies tallies;

    @Inject
    AuditLog audit;

    @Inject
    SearchOutbox searchLog;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    /** The launched campaigns, the newest voting first. */
    public List<PublicCampaign> campaigns() {
        Instant now = clock.now();
        return em.createQuery("SELECT c FROM Campaign c WHERE c.launchedAt IS NOT NULL ORDER BY c.votingFrom DESC, c.id DESC", Campaign.class)
                .getResultStream().map(c -> PublicCampaign.of(c, candidatesOf(c), now)).toList();
    }

    /** A launched campaign by its address. */
    public Optional<PublicCampaign> campaign(String slug) {
        return launched(slug).map(c -> PublicCampaign.of(c, candidatesOf(c), clock.now()));
    }

    /** A candidate by campaign and number, once 公示 has begun. */
    public Optional<PublicCampaign.Candidate> candidate(String slug, int number) {
        return campaign(slug).flatMap(c -> c.candidates().stream().filter(n -> n.number().equals(String.format("%03d", number))).findFirst());
    }

    /** The results, once the campaign publishes them; while it votes, the running tally if the campaign shows it. */
    public Optional<PublicResults> results(String slug) {
        return launched(slug).flatMap(campaign -> {
            Instant now = clock.now();
            Phase phase = campaign.phaseAt(now);
            boolean shown = phase.showsResults() || (phase == Phase.VOTING && campaign.getRules().tallyPublic());
            if (!shown) {
                return Optional.empty();
            }
            List<Nominee> nominees = candidatesOf(campaign);
            return Optional.of(PublicResults.of(PublicCampaign.of(campaign, nominees, now), tallies.of(campaign.getId()), nominees));
        });
    }

    /** The public timeline: when each phase began, and every extension with its reason. */
    public List<CampaignEvent> timeline(String slug) {
        return em.createQuery("SELECT e FROM CampaignEvent e WHERE e.campaignId = (SELECT c.id FROM Campaign c WHERE c.slug = :slug)"
                        + " AND e.nomineeId IS NULL ORDER BY e.happenedAt, e.id", CampaignEvent.class)
                .setParameter("slug", slug).getResultList();
    }

    private Optional<Campaign> launched(String slug) {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.slug = :slug", Campaign.class).setParameter("slug", slug)
                .getResultStream().findFirst().filter(Campaign::isLaunched);
    }

    private List<Nominee> candidatesOf(Campaign campaign) {
        // Fetched with their categories and photos in one query: pages show them all.
        return em.createQuery("SELECT DISTINCT n FROM Nominee n JOIN FETCH n.category LEFT JOIN FETCH n.photos"
                        + " WHERE n.campaign = :campaign AND n.status IN :shown ORDER BY n.number", Nominee.class)
                .setParameter("campaign", campaign).setParameter("shown", List.of(NomineeStatus.PASSED, NomineeStatus.WITHDRAWN)).getResultList();
    }

    /** Every public candidate, for the sitemap: campaign, number, last change. */
    public List<Object[]> allPublicCandidates() {
        Instant now = clock.now();
        return em.createQuery("SELECT n FROM Nominee n WHERE n.status IN :shown AND n.campaign.launchedAt IS NOT NULL", Nominee.class)
                .setParameter("shown", List.of(NomineeStatus.PASSED, NomineeStatus.WITHDRAWN)).getResultStream()
                .filter(n -> n.isPublicAt(now)).map(n -> new Object[] {n.getCampaign().getSlug(), n.getNumberText(), n.getChangedAt()}).toList();
    }

    /**
     * Moves every launched campaign to the phase its dates say it is in, one phase at a time,
     * each move recorded; run by the scheduler on one instance at a time. Returns the moves made.
     */
    public int moveDue() {
        Instant now = clock.now();
        int moves = 0;
        List<Campaign> launched = em.createQuery("SELECT c FROM Campaign c WHERE c.launchedAt IS NOT NULL AND c.phase <> :archived", Campaign.class)
                .setParameter("archived", Phase.ARCHIVED).getResultList();
        for (Campaign campaign : launched) {
            List<Phase> due = campaign.movesDue(now);
            if (due.isEmpty()) {
                continue;
            }
            em.lock(campaign, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            for (Phase next : due) {
                campaign.moveTo(next, now);
                em.persist(new CampaignEvent(campaign.getId(), null, campaign.starts().get(next), CampaignEvent.Kind.PHASE_STARTED,
                        CampaignEvent.SCHEDULER, next.name()));
                audit.recordAs(AuditLog.SYSTEM, "campaigns.phase-started", "campaign", campaign.getId(), "audit.detail.campaignPhase", campaign.getSlug(),
                        new AuditLog.Translated(next.messageKey()));
                LOG.info(() -> "event=campaign-phase-started campaign=" + campaign.getSlug() + " phase=" + next);
                moves++;
            }
            if (due.contains(Phase.NOTICE) || due.contains(Phase.ARCHIVED)) {
                // Candidates appear in search with 公示; withdrawn ones stay, marked.
                searchLog.changed(CandidateSearch.TYPE, candidatesOf(campaign).stream().map(Nominee::getId).toList());
            }
        }
        if (moves > 0) {
            publicChange.fire(new PublicContentVersion.Changed());
        }
        return moves;
    }

    /**
     * Fills an empty portal with the demo city's campaigns: the first voting now (a third of its
     * ballots in), the second finished two years ago with its results public. The demo's ballots
     * are written as ballots are (their voters are made-up keys, not hashes of anyone's phone).
     */
    public int loadDemo(List<DemoCampaign> demo) {
        if (em.createQuery("SELECT COUNT(c) FROM Campaign c", Long.class).getSingleResult() > 0 || demo.size() != 2) {
            return 0;
        }
        Instant now = clock.now();
        Duration day = Duration.ofDays(1);
        Campaign voting = demoCampaign(demo.get(0), now.minus(day.multipliedBy(40)), now, true);
        Campaign finished = demoCampaign(demo.get(1), now.minus(day.multipliedBy(760)), now, false);
        Random random = new Random(8);
        demoBallots(voting, 90, random, now.minus(day.multipliedBy(9)), now);
        demoBallots(finished, 240, random, finished.starts().get(Phase.VOTING), finished.starts().get(Phase.COUNTING));
        searchLog.changed(CandidateSearch.TYPE, em.createQuery("SELECT n.id FROM Nominee n", Long.class).getResultList());
        publicChange.fire(new PublicContentVersion.Changed());
        return 2;
    }

    private Campaign demoCampaign(DemoCampaign demo, Instant start, Instant now, boolean votingNow) {
        Duration day = Duration.ofDays(1);
        Campaign.Schedule schedule = votingNow
                ? new Campaign.Schedule(start, start.plus(day.multipliedBy(10)), start.plus(day.multipliedBy(23)), start.plus(day.multipliedBy(30)),
                        start.plus(day.multipliedBy(51)), start.plus(day.multipliedBy(55)), start.plus(day.multipliedBy(120)))
                : new Campaign.Schedule(start, start.plus(day.multipliedBy(20)), start.plus(day.multipliedBy(35)), start.plus(day.multipliedBy(42)),
                        start.plus(day.multipliedBy(63)), start.plus(day.multipliedBy(70)), now.plus(day.multipliedBy(365)));
        Campaign.BallotRules official = Campaign.BallotRules.official();
        Campaign.BallotRules rules = votingNow
                ? new Campaign.BallotRules(official.maxPerCategory(), official.maxTotal(), BallotFrequency.DAILY, VoterCheck.PHONE, true, 100, 0)
                : new Campaign.BallotRules(official.maxPerCategory(), official.maxTotal(), BallotFrequency.ONCE, VoterCheck.PHONE, false, 50, 15);
        // The finished campaign elected one per category, so its results show who was not elected too.
        List<Campaign.CategoryPlan> categories = votingNow ? Campaign.NATIONAL_CATEGORIES
                : Campaign.NATIONAL_CATEGORIES.stream().map(c -> new Campaign.CategoryPlan(c.code(), c.name(), 1)).toList();
        Campaign campaign = Campaign.draft(demo.slug(), demo.title(), demo.summary(), schedule, rules, categories, start);
        em.persist(campaign);
        em.flush(); // the campaign's and its categories' ids, for what refers to them
        campaign.launch(start);
        em.persist(new CampaignEvent(campaign.getId(), null, start, CampaignEvent.Kind.LAUNCHED, AuditLog.SYSTEM, null));
        int number = 0;
        Random jury = new Random(campaign.getSlug().hashCode());
        for (DemoCampaign.Nominee entry : demo.nominees()) {
            CampaignCategory category = campaign.getCategories().stream().filter(c -> c.getCode().equals(entry.categoryCode())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("demo category " + entry.categoryCode()));
            Nominee nominee = Nominee.nominate(campaign, category, new Nominee.Entry(category.getId(), entry.name(), entry.district(), entry.story(),
                    entry.unitName() == null ? NomineeSource.PUBLIC : NomineeSource.UNIT, null, entry.unitName(), List.of()), start);
            nominee.pass(++number, AuditLog.SYSTEM, null, schedule.review());
            em.persist(nominee);
            if (!votingNow) {
                nominee.juryVotes(jury.nextInt(rules.jurySize() + 1), schedule.counting());
            }
        }
        campaign.movesDue(now).forEach(phase -> campaign.moveTo(phase, campaign.starts().get(phase)));
        return campaign;
    }

    private void demoBallots(Campaign campaign, int count, Random random, Instant from, Instant until) {
        List<Long> candidates = candidatesOf(campaign).stream().map(Nominee::getId).toList();
        long span = Duration.between(from, until).toSeconds();
        for (int i = 0; i < count; i++) {
            java.util.Set<Long> picks = new java.util.HashSet<>();
            int wanted = 1 + random.nextInt(6);
            while (picks.size() < wanted) {
                // Earlier numbers are picked more often, so the demo has a clear order.
                picks.add(candidates.get((int) (candidates.size() * Math.pow(random.nextDouble(), 1.6))));
            }
            String voter = "demo-" + campaign.getId() + "-" + i;
            Instant at = from.plusSeconds((long) (span * random.nextDouble()));
            Ballot ballot = Ballot.cast(campaign.getId(), voter, campaign.votingPeriod(at), voter,
                    new Ballot.Origin("192.0.2." + (i % 250), "192.0.2.0/24", voter, 30 + random.nextInt(200)), picks,
                    i % 40 == 7 ? java.util.EnumSet.of(FraudSignal.SUBNET) : java.util.EnumSet.noneOf(FraudSignal.class), at);
            if (ballot.getStatus() == BallotStatus.SET_ASIDE && !campaign.phaseAt(until).equals(Phase.VOTING)) {
                ballot.review(false, AuditLog.SYSTEM, "演示：同一网段集中投票", until);
            }
            em.persist(ballot);
        }
    }
}
