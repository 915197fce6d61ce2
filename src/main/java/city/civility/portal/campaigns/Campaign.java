package city.civility.portal.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.Slugs;
import city.civility.portal.platform.TextLines;

/**
 * A 道德模范 campaign: its phases' dates, its categories and its ballot's rules. The dates
 * decide the phase ({@link #phaseAt(Instant)}), so a ballot is accepted exactly while voting
 * runs, whether or not the scheduler has moved the stored phase yet.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    public static final int MAX_TITLE = 120;
    public static final int MAX_SUMMARY = 4000;
    /** The official rule's bounds: at most 10 per category, 50 in all. */
    public static final int MAX_PICKS = 200;
    /** The value of {@code voting_period} when one ballot is allowed for the whole campaign. */
    static final String WHOLE_CAMPAIGN = "campaign";
    /** 公示 lasts seven days unless the office says otherwise. */
    public static final Duration DEFAULT_NOTICE = Duration.ofDays(7);
    public static final int MAX_CATEGORIES = 20;

    /** When each phase after DRAFT starts; a phase lasts until the next one starts. */
    public record Schedule(Instant nominations, Instant review, Instant notice, Instant voting, Instant counting, Instant results,
            Instant archived) {

        List<Instant> starts() {
            return java.util.Arrays.asList(nominations, review, notice, voting, counting, results, archived);
        }
    }

    /** The ballot's rules, as the office sets them for a campaign. */
    public record BallotRules(int maxPerCategory, int maxTotal, BallotFrequency frequency, VoterCheck voterCheck, boolean tallyPublic,
            int publicWeight, int jurySize) {

        /** The official rule: at most 10 per category and 50 in all, once per voter, the public vote alone. */
        public static BallotRules official() {
            return new BallotRules(10, 50, BallotFrequency.ONCE, VoterCheck.PHONE, false, 100, 0);
        }
    }

    /** A category as the office names it, with the number elected in it. */
    public record CategoryPlan(String code, String name, int seats) {
    }

    /** The five national categories (全国道德模范), two elected in each unless the office says otherwise. */
    public static final List<CategoryPlan> NATIONAL_CATEGORIES = List.of(new CategoryPlan("HELPING_OTHERS", "助人为乐", 2),
            new CategoryPlan("COURAGE", "见义勇为", 2), new CategoryPlan("HONESTY", "诚实守信", 2), new CategoryPlan("DEDICATION", "敬业奉献", 2),
            new CategoryPlan("FAMILY", "孝老爱亲", 2));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    /** Where the portal last moved the campaign ({@link #moveTo}); the dates are what decide. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "nominations_from", nullable = false)
    private Instant nominationsFrom;

    @Column(name = "review_from", nullable = false)
    private Instant reviewFrom;

    @Column(name = "notice_from", nullable = false)
    private Instant noticeFrom;

    @Column(name = "voting_from", nullable = false)
    private Instant votingFrom;

    @Column(name = "counting_from", nullable = false)
    private Instant countingFrom;

    @Column(name = "results_from", nullable = false)
    private Instant resultsFrom;

    @Column(name = "archived_from", nullable = false)
    private Instant archivedFrom;

    @Column(name = "max_per_category", nullable = false)
    private int maxPerCategory;

    @Column(name = "max_total", nullable = false)
    private int maxTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_frequency", nullable = false)
    private BallotFrequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "voter_check", nullable = false)
    private VoterCheck voterCheck;

    @Column(name = "tally_public", nullable = false)
    private boolean tallyPublic;

    /** The public vote's share of a candidate's score, in percent; the jury has the rest. */
    @Column(name = "public_weight", nullable = false)
    private int publicWeight;

    @Column(name = "jury_size", nullable = false)
    private int jurySize;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CampaignCategory> categories = new ArrayList<>();

    protected Campaign() {
    }

    /** A new campaign, not launched yet; the first broken rule is a {@link RuleViolation} and nothing is kept. */
    static Campaign draft(String typedSlug, String typedTitle, String typedSummary, Schedule schedule, BallotRules rules,
            List<CategoryPlan> categories, Instant now) {
        Campaign campaign = new Campaign();
        campaign.slug = Slugs.require(typedSlug);
        campaign.title = text(TextLines.line(typedTitle), MAX_TITLE, "campaigns.title.invalid");
        campaign.summary = text(TextLines.paragraphs(typedSummary), MAX_SUMMARY, "campaigns.summary.invalid");
        campaign.phase = Phase.DRAFT;
        campaign.plan(schedule);
        campaign.rules(rules);
        campaign.categories.addAll(campaign.categoriesOf(categories));
        campaign.changedAt = now;
        return campaign;
    }

    /**
     * The office rewrites a campaign before launching it: wording, dates, rules and categories.
     * Returns the categories it no longer has, for the caller to delete (none may have nominees).
     */
    List<CampaignCategory> revise(String typedTitle, String typedSummary, Schedule schedule, BallotRules rules, List<CategoryPlan> plans,
            Instant now) {
        if (launchedAt != null) {
            throw new RuleViolation("campaigns.revise.launched");
        }
        title = text(TextLines.line(typedTitle), MAX_TITLE, "campaigns.title.invalid");
        summary = text(TextLines.paragraphs(typedSummary), MAX_SUMMARY, "campaigns.summary.invalid");
        plan(schedule);
        rules(rules);
        List<CampaignCategory> planned = categoriesOf(plans);
        // A category keeps its row (and its nominees) when its code stays; the rest are replaced.
        List<CampaignCategory> kept = new ArrayList<>();
        for (CampaignCategory wanted : planned) {
            CampaignCategory same = categories.stream().filter(c -> c.getCode().equals(wanted.getCode())).findFirst().orElse(null);
            if (same == null) {
                kept.add(wanted);
            } else {
                same.replan(wanted.getPosition(), wanted.getName(), wanted.getSeats());
                kept.add(same);
            }
        }
        List<CampaignCategory> dropped = new ArrayList<>(categories);
        dropped.removeAll(kept);
        categories.clear();
        categories.addAll(kept);
        changedAt = now;
        return dropped;
    }

    /** At least one category, at most {@link #MAX_CATEGORIES}, each code once. */
    private List<CampaignCategory> categoriesOf(List<CategoryPlan> plans) {
        if (plans.isEmpty()) {
            throw new RuleViolation("campaigns.categories.none");
        }
        if (plans.size() > MAX_CATEGORIES) {
            throw new RuleViolation("campaigns.categories.tooMany", String.valueOf(MAX_CATEGORIES));
        }
        List<CampaignCategory> planned = new ArrayList<>();
        for (CategoryPlan plan : plans) {
            CampaignCategory category = new CampaignCategory(this, planned.size(), plan);
            if (planned.stream().anyMatch(c -> c.getCode().equals(category.getCode()) || c.getName().equals(category.getName()))) {
                throw new RuleViolation("campaigns.categories.twice", category.getName());
            }
            planned.add(category);
        }
        return planned;
    }

    private static String text(String kept, int max, String key) {
        if (kept.isEmpty() || TextLines.length(kept) > max) {
            throw new RuleViolation(key, String.valueOf(max));
        }
        return kept;
    }

    private void plan(Schedule schedule) {
        List<Instant> starts = schedule.starts();
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) == null || (i > 0 && !starts.get(i).isAfter(starts.get(i - 1)))) {
                throw new RuleViolation("campaigns.schedule.order");
            }
        }
        nominationsFrom = schedule.nominations();
        reviewFrom = schedule.review();
        noticeFrom = schedule.notice();
        votingFrom = schedule.voting();
        countingFrom = schedule.counting();
        resultsFrom = schedule.results();
        archivedFrom = schedule.archived();
    }

    private void rules(BallotRules rules) {
        if (rules.maxPerCategory() < 1 || rules.maxTotal() < rules.maxPerCategory() || rules.maxTotal() > MAX_PICKS) {
            throw new RuleViolation("campaigns.rules.picksInvalid", String.valueOf(MAX_PICKS));
        }
        if (rules.publicWeight() < 0 || rules.publicWeight() > 100 || rules.jurySize() < 0 || (rules.publicWeight() < 100 && rules.jurySize() < 1)) {
            throw new RuleViolation("campaigns.rules.weightsInvalid");
        }
        if (rules.frequency() == null || rules.voterCheck() == null) {
            throw new RuleViolation("campaigns.rules.missingInvalid");
        }
        maxPerCategory = rules.maxPerCategory();
        maxTotal = rules.maxTotal();
        frequency = rules.frequency();
        voterCheck = rules.voterCheck();
        tallyPublic = rules.tallyPublic();
        publicWeight = rules.publicWeight();
        jurySize = rules.jurySize();
    }

    /** The office releases the campaign: from now on its dates run. */
    void launch(Instant now) {
        if (launchedAt != null) {
            throw new RuleViolation("campaigns.launch.already");
        }
        if (!now.isBefore(reviewFrom)) {
            // Launched this late, nobody could nominate: the office sets new dates first.
            throw new RuleViolation("campaigns.launch.late");
        }
        launchedAt = now;
        changedAt = now;
    }

    /** The phase the dates say the campaign is in at {@code now}. */
    public Phase phaseAt(Instant now) {
        if (launchedAt == null) {
            return Phase.DRAFT;
        }
        Phase at = Phase.DRAFT;
        for (Map.Entry<Phase, Instant> start : starts().entrySet()) {
            if (!now.isBefore(start.getValue())) {
                at = start.getKey();
            }
        }
        return at;
    }

    /** When each phase after DRAFT starts, in order. */
    public Map<Phase, Instant> starts() {
        Map<Phase, Instant> starts = new EnumMap<>(Phase.class);
        starts.put(Phase.NOMINATIONS, nominationsFrom);
        starts.put(Phase.REVIEW, reviewFrom);
        starts.put(Phase.NOTICE, noticeFrom);
        starts.put(Phase.VOTING, votingFrom);
        starts.put(Phase.COUNTING, countingFrom);
        starts.put(Phase.RESULTS, resultsFrom);
        starts.put(Phase.ARCHIVED, archivedFrom);
        return starts;
    }

    /** When {@code phase} ends (the next one starts); never for ARCHIVED. */
    public Instant endOf(Phase phase) {
        return phase == Phase.ARCHIVED || phase == Phase.DRAFT ? null : starts().get(Phase.values()[phase.ordinal() + 1]);
    }

    public boolean acceptsVotes(Instant now) {
        return phaseAt(now) == Phase.VOTING;
    }

    /**
     * The phases the portal must still move the campaign through to reach where its dates say
     * it is, in order (empty when it is there).
     */
    List<Phase> movesDue(Instant now) {
        Phase due = phaseAt(now);
        List<Phase> moves = new ArrayList<>();
        for (int next = phase.ordinal() + 1; next <= due.ordinal(); next++) {
            moves.add(Phase.values()[next]);
        }
        return moves;
    }

    void moveTo(Phase next, Instant now) {
        phase = next;
        changedAt = now;
    }

    /**
     * Extends {@code extended} (the current phase or a later one) to end at {@code newEnd}, for
     * a reason the public timeline shows: every later phase starts that much later. Returns the shift.
     */
    Duration extend(Phase extended, Instant newEnd, String reason, Instant now) {
        Nominee.reason(reason, Nominee.MIN_REASON);
        Phase current = phaseAt(now);
        if (current == Phase.DRAFT || extended == Phase.DRAFT || extended == Phase.ARCHIVED || extended.compareTo(current) < 0) {
            throw new RuleViolation("campaigns.extend.phase");
        }
        Instant end = endOf(extended);
        if (newEnd == null || !newEnd.isAfter(end)) {
            throw new RuleViolation("campaigns.extend.later");
        }
        Duration shift = Duration.between(end, newEnd);
        Map<Phase, Instant> starts = starts();
        LinkedHashMap<Phase, Instant> moved = new LinkedHashMap<>();
        starts.forEach((phaseStarting, at) -> moved.put(phaseStarting, phaseStarting.compareTo(extended) > 0 ? at.plus(shift) : at));
        plan(new Schedule(moved.get(Phase.NOMINATIONS), moved.get(Phase.REVIEW), moved.get(Phase.NOTICE), moved.get(Phase.VOTING),
                moved.get(Phase.COUNTING), moved.get(Phase.RESULTS), moved.get(Phase.ARCHIVED)));
        changedAt = now;
        return shift;
    }

    /**
     * Checks a ballot's choices against the campaign's rules, in the order a voter mends them:
     * none, one that is not a candidate of this campaign (or named twice), a withdrawn
     * candidate, too many in a category, too many in all. {@code asked}: how many the voter sent.
     */
    void checkBallot(List<Nominee> picked, int asked) {
        if (asked == 0) {
            throw new RuleViolation("campaigns.vote.none");
        }
        for (Nominee nominee : picked) {
            if (!nominee.getCampaign().isSameAs(this)) {
                throw new RuleViolation("campaigns.vote.otherCampaign");
            }
            if (nominee.getStatus() == NomineeStatus.WITHDRAWN) {
                throw new RuleViolation("campaigns.vote.withdrawn", nominee.getNumberText(), nominee.getName());
            }
            if (nominee.getStatus() != NomineeStatus.PASSED) {
                throw new RuleViolation("campaigns.vote.notCandidate");
            }
        }
        if (picked.size() != asked) {
            throw new RuleViolation("campaigns.vote.notCandidate");
        }
        Map<CampaignCategory, Integer> perCategory = new LinkedHashMap<>();
        picked.forEach(n -> perCategory.merge(n.getCategory(), 1, Integer::sum));
        for (CampaignCategory category : categories) {
            int count = perCategory.getOrDefault(category, 0);
            if (count > maxPerCategory) {
                throw new RuleViolation("campaigns.vote.tooManyInCategory", category.getName(), String.valueOf(maxPerCategory), String.valueOf(count));
            }
        }
        if (picked.size() > maxTotal) {
            throw new RuleViolation("campaigns.vote.tooMany", String.valueOf(maxTotal), String.valueOf(picked.size()));
        }
    }

    /** The same campaign, whether or not either is saved yet. */
    boolean isSameAs(Campaign other) {
        return this == other || (id != null && id.equals(other.id));
    }

    /** The period a ballot cast at {@code now} counts in: the day for daily ballots, else the whole campaign. */
    String votingPeriod(Instant now) {
        return frequency == BallotFrequency.DAILY ? LocalDate.ofInstant(now, PortalClock.ZONE).toString() : WHOLE_CAMPAIGN;
    }

    public BallotRules getRules() {
        return new BallotRules(maxPerCategory, maxTotal, frequency, voterCheck, tallyPublic, publicWeight, jurySize);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** Where the portal last moved the campaign. */
    public Phase getPhase() {
        return phase;
    }

    public boolean isLaunched() {
        return launchedAt != null;
    }

    public Schedule getSchedule() {
        return new Schedule(nominationsFrom, reviewFrom, noticeFrom, votingFrom, countingFrom, resultsFrom, archivedFrom);
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<CampaignCategory> getCategories() {
        return categories;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
