package city.civility.portal.goodpeople;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.participation.Contact;

/**
 * A good person around us (身边好人), as a resident nominated them and the office vets them.
 * The nominator's name and contact are private: only the office's vetting pages read them.
 */
@Entity
@Table(name = "good_person")
public class GoodPerson {

    public static final int MAX_NAME = 40;
    public static final int MAX_DISTRICT = 60;
    public static final int MIN_STORY = 50;
    public static final int MAX_STORY = 3000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationStatus status;

    @Column(name = "nominee_name", nullable = false)
    private String nomineeName;

    @Column(nullable = false)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(nullable = false)
    private String story;

    @Column(nullable = false)
    private boolean consent;

    @Column(name = "nominator_name", nullable = false)
    private String nominatorName;

    @Column(name = "nominator_contact", nullable = false)
    private String nominatorContact;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "goodPerson", cascade = CascadeType.PERSIST)
    @OrderBy("happenedAt, id")
    private List<NominationEvent> events = new ArrayList<>();

    protected GoodPerson() {
    }

    /**
     * A resident's nomination, checked in the order of the form: the first rule broken is a
     * {@link RuleViolation} with the message that says what to mend, and nothing is kept.
     * {@code nominator} is the contact the resident verified, if they did.
     */
    static GoodPerson nominate(NominationForm form, Optional<Contact> nominator, String trackingNumber, Instant now) {
        GoodPerson person = new GoodPerson();
        person.nomineeName = line(form.nomineeName(), MAX_NAME, "goodpeople.nominee.invalid");
        person.district = line(form.district(), MAX_DISTRICT, "goodpeople.district.invalid");
        if (form.category() == null) {
            throw new RuleViolation("goodpeople.category.invalid");
        }
        person.category = form.category();
        person.story = TextLines.paragraphs(form.story());
        int length = TextLines.length(person.story);
        if (length < MIN_STORY || length > MAX_STORY) {
            throw new RuleViolation("goodpeople.story.length", String.valueOf(MIN_STORY), String.valueOf(MAX_STORY), String.valueOf(length));
        }
        if (!form.consent()) {
            throw new RuleViolation("goodpeople.consent.required");
        }
        person.nominatorName = line(form.nominatorName(), MAX_NAME, "goodpeople.nominator.invalid");
        person.nominatorContact = nominator.orElseThrow(() -> new RuleViolation("goodpeople.contact.unverified")).value();
        person.trackingNumber = trackingNumber;
        person.status = NominationStatus.PENDING;
        person.submittedAt = now;
        person.changedAt = now;
        person.events.add(new NominationEvent(person, now, NominationEvent.Kind.SUBMITTED, NominationEvent.NOMINATOR, null));
        return person;
    }

    private static String line(String typed, int max, String messageKey) {
        String clean = TextLines.line(typed);
        if (clean.isEmpty() || TextLines.length(clean) > max) {
            throw new RuleViolation(messageKey, String.valueOf(max));
        }
        return clean;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public String getDistrict() {
        return district;
    }

    public Category getCategory() {
        return category;
    }

    public String getStory() {
        return story;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public List<NominationEvent> getEvents() {
        return events;
    }

    /** The nominator's verified contact: private, for the office's checks and limits only. */
    String nominatorContact() {
        return nominatorContact;
    }

    /** The nominator's contact as the office sees it until it asks to see it whole. */
    public String getMaskedNominatorContact() {
        return Contact.parse(nominatorContact).masked();
    }
}
