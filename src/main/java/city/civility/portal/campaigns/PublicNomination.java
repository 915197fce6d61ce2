package city.civility.portal.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.moderation.Moderation;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.participation.Contact;

/**
 * A resident's nomination for a campaign (群众推荐), waiting in the office's moderation queue.
 * It is not a nominee until a moderator approves it: then it becomes one ({@link NomineeSource#PUBLIC},
 * status NOMINATED) for the committee to review. The nominator's name and contact are private.
 */
@Entity
@Table(name = "campaign_public_nomination")
public class PublicNomination {

    /** What a resident fills in, as typed; the category by its code within the campaign. */
    public record Form(String categoryCode, String nomineeName, String district, String story, boolean consent, String nominatorName,
            String contactProof) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id", updatable = false)
    private CampaignCategory category;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    private String trackingNumber;

    @Column(name = "nominee_name", nullable = false, updatable = false)
    private String nomineeName;

    @Column(nullable = false, updatable = false)
    private String district;

    @Column(nullable = false, updatable = false)
    private String story;

    @Column(nullable = false, updatable = false)
    private boolean consent;

    @Column(name = "nominator_name", nullable = false, updatable = false)
    private String nominatorName;

    @Column(name = "nominator_contact", nullable = false, updatable = false)
    private String nominatorContact;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Embedded
    private Moderation moderation;

    /** The nominee it became once approved. */
    @OneToOne
    @JoinColumn(name = "nominee_id")
    private Nominee nominee;

    @Version
    private long version;

    protected PublicNomination() {
    }

    /**
     * A resident's nomination, checked in the order of the form with the bounds a nominee has;
     * the first broken rule is a {@link RuleViolation} and nothing is kept. Only while the
     * campaign takes nominations.
     */
    static PublicNomination submit(Campaign campaign, Form form, Optional<Contact> nominator, String trackingNumber, Instant now) {
        if (campaign.phaseAt(now) != Phase.NOMINATIONS) {
            throw new RuleViolation("campaigns.publicNomination.closed");
        }
        PublicNomination nomination = new PublicNomination();
        nomination.campaign = campaign;
        nomination.category = campaign.getCategories().stream().filter(c -> c.getCode().equals(form.categoryCode())).findFirst()
                .orElseThrow(() -> new RuleViolation("campaigns.publicNomination.categoryInvalid"));
        nomination.nomineeName = line(form.nomineeName(), Nominee.MAX_NAME, "campaigns.nominee.name");
        nomination.district = line(form.district(), Nominee.MAX_DISTRICT, "campaigns.nominee.district");
        nomination.story = TextLines.paragraphs(form.story());
        int length = TextLines.length(nomination.story);
        if (length < Nominee.MIN_STORY || length > Nominee.MAX_STORY) {
            throw new RuleViolation("campaigns.nominee.story", String.valueOf(Nominee.MIN_STORY), String.valueOf(Nominee.MAX_STORY),
                    String.valueOf(length));
        }
        if (!form.consent()) {
            throw new RuleViolation("campaigns.publicNomination.consentRequired");
        }
        nomination.consent = true;
        nomination.nominatorName = line(form.nominatorName(), Nominee.MAX_NAME, "campaigns.publicNomination.nominatorInvalid");
        nomination.nominatorContact = nominator.orElseThrow(() -> new RuleViolation("campaigns.publicNomination.contactUnverified")).value();
        nomination.trackingNumber = trackingNumber;
        nomination.submittedAt = now;
        nomination.moderation = Moderation.waiting();
        return nomination;
    }

    private static String line(String typed, int max, String key) {
        String kept = TextLines.line(typed);
        if (kept.isEmpty() || TextLines.length(kept) > max) {
            throw new RuleViolation(key, String.valueOf(max));
        }
        return kept;
    }

    /**
     * Approved by a moderator: returns the nominee it becomes, for the committee's review, which
     * takes nominees until 公示 ({@link Nominee#nominate}).
     */
    Nominee approve(String moderator, Instant now) {
        // The category goes in itself; the entry's category id is what the office's form names it by.
        Nominee proposed = Nominee.nominate(campaign, category, new Nominee.Entry(0, nomineeName, district, story, NomineeSource.PUBLIC,
                null, null, List.of()), now);
        moderation.approve(moderator, now);
        nominee = proposed;
        return nominee;
    }

    /** Not taken on, with the reason the nominator reads on their tracking page. */
    void reject(String reason, String moderator, Instant now) {
        moderation.reject(reason, moderator, now);
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

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public String getDistrict() {
        return district;
    }

    public String getStory() {
        return story;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ModerationStatus getStatus() {
        return moderation.getStatus();
    }

    /** The moderator's reason for a rejection, which the nominator reads. */
    public String getDecisionReason() {
        return moderation.getReason();
    }

    public Instant getDecidedAt() {
        return moderation.getDecidedAt();
    }

    /** The nominee it became, once approved. */
    public Nominee getNominee() {
        return nominee;
    }
}
