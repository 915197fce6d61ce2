package city.civility.portal.campaigns;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.participation.Contact;

/**
 * A resident's objection (异议) to a candidate, filed during 公示, and the office's answer.
 * Who objected is private: the name and verified contact are read by the office only.
 * Upholding an objection does not itself take the candidate off the ballot; a withdrawal is
 * the office's own decision on the nominee.
 */
@Entity
@Table(name = "campaign_objection")
public class Objection {

    public static final int MAX_NAME = 40;
    public static final int MIN_GROUNDS = 10;
    public static final int MAX_GROUNDS = 2000;
    public static final int MIN_ANSWER = 2;
    public static final int MAX_ANSWER = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nominee_id", updatable = false)
    private Nominee candidate;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    private String trackingNumber;

    @Column(name = "objector_name", nullable = false, updatable = false)
    private String objectorName;

    @Column(name = "objector_contact", nullable = false, updatable = false)
    private String objectorContact;

    @Column(nullable = false, updatable = false)
    private String grounds;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "answer_text")
    private String answer;

    private Boolean upheld;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Version
    private long version;

    protected Objection() {
    }

    /**
     * An objection as a resident filed it, checked in the order of the form; the first broken
     * rule is a {@link RuleViolation} and nothing is kept. Only during 公示, only against a
     * candidate still on the list; {@code objector} is the contact the resident verified.
     */
    static Objection file(Nominee candidate, String typedName, String typedGrounds, Optional<Contact> objector, String trackingNumber,
            Instant now) {
        if (candidate.getCampaign().phaseAt(now) != Phase.NOTICE) {
            throw new RuleViolation("campaigns.objection.closed");
        }
        if (candidate.getStatus() != NomineeStatus.PASSED) {
            throw new RuleViolation("campaigns.objection.notCandidate");
        }
        Objection objection = new Objection();
        objection.campaign = candidate.getCampaign();
        objection.candidate = candidate;
        objection.objectorName = TextLines.line(typedName);
        if (objection.objectorName.isEmpty() || TextLines.length(objection.objectorName) > MAX_NAME) {
            throw new RuleViolation("campaigns.objection.nameInvalid", String.valueOf(MAX_NAME));
        }
        objection.grounds = TextLines.paragraphs(typedGrounds);
        int length = TextLines.length(objection.grounds);
        if (length < MIN_GROUNDS || length > MAX_GROUNDS) {
            throw new RuleViolation("campaigns.objection.groundsLength", String.valueOf(MIN_GROUNDS), String.valueOf(MAX_GROUNDS), String.valueOf(length));
        }
        objection.objectorContact = objector.orElseThrow(() -> new RuleViolation("campaigns.objection.contactUnverified")).value();
        objection.trackingNumber = trackingNumber;
        objection.submittedAt = now;
        return objection;
    }

    /** The office's answer, once: whether the objection is upheld, and why, for the objector to read. */
    void answer(String typedAnswer, boolean upholds, String staff, Instant now) {
        if (answeredAt != null) {
            throw new RuleViolation("campaigns.objection.answered");
        }
        String kept = TextLines.paragraphs(typedAnswer);
        int length = TextLines.length(kept);
        if (length < MIN_ANSWER || length > MAX_ANSWER) {
            throw new RuleViolation("campaigns.objection.answerLength", String.valueOf(MIN_ANSWER), String.valueOf(MAX_ANSWER));
        }
        answer = kept;
        upheld = upholds;
        answeredBy = staff;
        answeredAt = now;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Nominee getCandidate() {
        return candidate;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    /** Private: for the office's page only. */
    public String getObjectorName() {
        return objectorName;
    }

    /** The contact as the office sees it in lists: masked. */
    public String getObjectorContactMasked() {
        return Contact.parse(objectorContact).masked();
    }

    public String getGrounds() {
        return grounds;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getAnswer() {
        return answer;
    }

    /** Null until answered. */
    public Boolean getUpheld() {
        return upheld;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
