package city.civility.portal.campaigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/**
 * A nominee of a campaign, and once the committee passed them a candidate with a number
 * (编号). Holds the review's rules: who may be decided on when, and what a withdrawal needs.
 */
@Entity
@Table(name = "campaign_nominee")
public class Nominee {

    public static final int MAX_NAME = 40;
    public static final int MAX_DISTRICT = 60;
    public static final int MAX_UNIT = 80;
    public static final int MIN_STORY = 50;
    public static final int MAX_STORY = 6000;
    public static final int MIN_REASON = 2;
    public static final int MAX_REASON = 2000;
    public static final int MAX_PHOTOS = 6;
    private static final java.util.regex.Pattern MEDIA_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{22}");

    /** What the office enters for a nominee (a unit's form, or a 好人榜 entry's public fields). */
    public record Entry(long categoryId, String name, String district, String story, NomineeSource source, Long sourceEntryId,
            String unitName, List<String> photos) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private CampaignCategory category;

    /** The candidate's number, given when the committee passes them. */
    private Integer number;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String district;

    @Column(nullable = false)
    private String story;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NomineeSource source;

    /** The 好人榜 entry this nominee was proposed from ({@code /goodpeople/{id}}). */
    @Column(name = "source_entry_id")
    private Long sourceEntryId;

    @Column(name = "unit_name")
    private String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NomineeStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "jury_votes", nullable = false)
    private int juryVotes;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "campaign_nominee_photo", joinColumns = @JoinColumn(name = "nominee_id"))
    @OrderColumn(name = "position")
    @Column(name = "media_key")
    private List<String> photos = new ArrayList<>();

    protected Nominee() {
    }

    /** A nominee the office enters, while the campaign takes nominations (before 公示). */
    static Nominee nominate(Campaign campaign, CampaignCategory category, Entry entry, Instant now) {
        if (campaign.phaseAt(now).compareTo(Phase.REVIEW) > 0) {
            throw new RuleViolation("campaigns.nominate.closed");
        }
        Nominee nominee = new Nominee();
        nominee.campaign = campaign;
        nominee.category = category;
        nominee.name = line(entry.name(), MAX_NAME, "campaigns.nominee.name");
        nominee.district = line(entry.district(), MAX_DISTRICT, "campaigns.nominee.district");
        nominee.story = TextLines.paragraphs(entry.story());
        int length = TextLines.length(nominee.story);
        if (length < MIN_STORY || length > MAX_STORY) {
            throw new RuleViolation("campaigns.nominee.story", String.valueOf(MIN_STORY), String.valueOf(MAX_STORY), String.valueOf(length));
        }
        if (entry.source() == null) {
            throw new RuleViolation("campaigns.nominee.source");
        }
        nominee.source = entry.source();
        if (entry.source() == NomineeSource.GOOD_PEOPLE && entry.sourceEntryId() == null) {
            throw new RuleViolation("campaigns.nominee.entry");
        }
        nominee.sourceEntryId = entry.source() == NomineeSource.GOOD_PEOPLE ? entry.sourceEntryId() : null;
        if (entry.source() == NomineeSource.UNIT) {
            nominee.unitName = line(entry.unitName(), MAX_UNIT, "campaigns.nominee.unit");
        }
        List<String> photos = entry.photos() == null ? List.of() : entry.photos();
        if (photos.size() > MAX_PHOTOS) {
            throw new RuleViolation("campaigns.nominee.photos", String.valueOf(MAX_PHOTOS));
        }
        if (!photos.stream().allMatch(key -> key != null && MEDIA_KEY.matcher(key).matches())) {
            // Only what the media library names: the pages build addresses from these keys.
            throw new RuleViolation("campaigns.nominee.photoKey");
        }
        nominee.photos.addAll(photos);
        nominee.status = NomineeStatus.NOMINATED;
        nominee.submittedAt = now;
        nominee.changedAt = now;
        return nominee;
    }

    private static String line(String typed, int max, String key) {
        String kept = TextLines.line(typed);
        if (kept.isEmpty() || TextLines.length(kept) > max) {
            throw new RuleViolation(key, String.valueOf(max));
        }
        return kept;
    }

    /** The committee passes the nominee: a candidate with {@code number}, decided before 公示 starts. */
    void pass(int number, String reviewer, String reason, Instant now) {
        decide(now);
        this.number = number;
        status = NomineeStatus.PASSED;
        decisionReason = reason(reason, 0);
        record(reviewer, now);
    }

    /** The committee rejects the nominee, with the reason on record. */
    void reject(String reviewer, String reason, Instant now) {
        decide(now);
        status = NomineeStatus.REJECTED;
        decisionReason = reason(reason, MIN_REASON);
        record(reviewer, now);
    }

    private void decide(Instant now) {
        if (status != NomineeStatus.NOMINATED) {
            throw new RuleViolation("campaigns.review.decided");
        }
        if (campaign.phaseAt(now).compareTo(Phase.REVIEW) > 0) {
            throw new RuleViolation("campaigns.review.over");
        }
    }

    /** A decision's reason as kept: {@code min} to {@link #MAX_REASON} characters, or none when {@code min} is 0. */
    static String reason(String typed, int min) {
        String kept = TextLines.paragraphs(typed);
        int length = TextLines.length(kept);
        if (length < min || length > MAX_REASON) {
            throw new RuleViolation("campaigns.review.reason", String.valueOf(MIN_REASON), String.valueOf(MAX_REASON));
        }
        return kept.isEmpty() ? null : kept;
    }

    private void record(String actor, Instant now) {
        decidedBy = actor;
        decidedAt = now;
        changedAt = now;
    }

    /** A candidate taken off the ballot (an objection upheld, the candidate's own wish), up to the end of voting. */
    void withdraw(String actor, String reason, Instant now) {
        if (status != NomineeStatus.PASSED) {
            throw new RuleViolation("campaigns.withdraw.notCandidate");
        }
        if (campaign.phaseAt(now).compareTo(Phase.VOTING) > 0) {
            throw new RuleViolation("campaigns.withdraw.over");
        }
        decisionReason = reason(reason, MIN_REASON);
        status = NomineeStatus.WITHDRAWN;
        record(actor, now);
    }

    /** The jury's votes for this candidate, entered by the office while voting runs or during counting. */
    void juryVotes(int votes, Instant now) {
        if (status != NomineeStatus.PASSED) {
            throw new RuleViolation("campaigns.jury.notCandidate");
        }
        Phase phase = campaign.phaseAt(now);
        if (phase != Phase.VOTING && phase != Phase.COUNTING) {
            throw new RuleViolation("campaigns.jury.phase");
        }
        int jury = campaign.getRules().jurySize();
        if (votes < 0 || votes > jury) {
            throw new RuleViolation("campaigns.jury.range", String.valueOf(jury));
        }
        juryVotes = votes;
        changedAt = now;
    }

    /** Whether the public sees this nominee: a candidate (or a withdrawn one, marked), once 公示 has begun. */
    public boolean isPublicAt(Instant now) {
        return (status == NomineeStatus.PASSED || status == NomineeStatus.WITHDRAWN) && campaign.phaseAt(now).showsCandidates();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public CampaignCategory getCategory() {
        return category;
    }

    public Integer getNumber() {
        return number;
    }

    /** The number as the ballot prints it: 007. */
    public String getNumberText() {
        return number == null ? "" : String.format("%03d", number);
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }

    public String getStory() {
        return story;
    }

    public NomineeSource getSource() {
        return source;
    }

    public Long getSourceEntryId() {
        return sourceEntryId;
    }

    public String getUnitName() {
        return unitName;
    }

    public NomineeStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getJuryVotes() {
        return juryVotes;
    }

    public List<String> getPhotos() {
        return photos;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
