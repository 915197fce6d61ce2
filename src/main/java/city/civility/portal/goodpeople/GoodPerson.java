package city.civility.portal.goodpeople;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.moderation.Moderation;
import city.civility.portal.platform.moderation.ModerationStatus;
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
    /** Photos a nomination may carry: enough to show the person and the deed, not an album. */
    public static final int MAX_PHOTOS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    private String trackingNumber;

    /** Waiting, approved, rejected or waiting for the nominator's answer; hidden or not. */
    @Embedded
    private Moderation moderation;

    @Column(name = "nominee_name", nullable = false)
    private String nomineeName;

    @Column(nullable = false)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(nullable = false)
    private String story;

    @Column(name = "public_story")
    private String publicStory;

    @Column(nullable = false)
    private boolean consent;

    @Column(name = "nominator_name", nullable = false)
    private String nominatorName;

    @Column(name = "nominator_contact", nullable = false)
    private String nominatorContact;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The round (yyyy-MM) an approved nominee is a candidate of. */
    @Column(name = "round_month")
    private String roundMonth;

    /** Counted by the database (GoodPeopleService#like), never by this entity: read only. */
    @Column(insertable = false, updatable = false)
    private long likes;

    @Column(name = "on_board", nullable = false)
    private boolean onBoard;

    /** The nomination this one was merged into, as a duplicate of it. */
    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    /** The photos' media keys, in the order the nominator chose them. */
    @ElementCollection
    @CollectionTable(name = "good_person_photo", joinColumns = @JoinColumn(name = "good_person_id"))
    @OrderColumn(name = "position")
    @Column(name = "media_key")
    private List<String> photos = new ArrayList<>();

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
    static GoodPerson nominate(NominationForm form, int photoCount, Optional<Contact> nominator, String trackingNumber, Instant now) {
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
        if (photoCount > MAX_PHOTOS) {
            throw new RuleViolation("goodpeople.photos.tooMany", String.valueOf(MAX_PHOTOS), String.valueOf(photoCount));
        }
        if (!form.consent()) {
            throw new RuleViolation("goodpeople.consent.required");
        }
        person.nominatorName = line(form.nominatorName(), MAX_NAME, "goodpeople.nominator.invalid");
        person.nominatorContact = nominator.orElseThrow(() -> new RuleViolation("goodpeople.contact.unverified")).value();
        person.trackingNumber = trackingNumber;
        person.moderation = Moderation.waiting();
        person.submittedAt = now;
        person.changedAt = now;
        person.events.add(new NominationEvent(person, now, NominationEvent.Kind.SUBMITTED, NominationEvent.NOMINATOR, null));
        return person;
    }

    /** The photos as the media library stored them (the caller checked their number with {@link #nominate}). */
    void showPhotos(List<String> mediaKeys) {
        if (photos.size() + mediaKeys.size() > MAX_PHOTOS) {
            throw new RuleViolation("goodpeople.photos.tooMany", String.valueOf(MAX_PHOTOS), String.valueOf(photos.size() + mediaKeys.size()));
        }
        photos.addAll(mediaKeys);
    }

    /**
     * The same person as {@code kept}, nominated again: this one stays on record, closed, and
     * {@code kept} goes on with this one's photos (as many as it has room for) and a note of it.
     */
    void mergeInto(GoodPerson kept, String reviewer, Instant now) {
        if (kept == this || kept.getStatus() == ModerationStatus.REJECTED || kept.getStatus() == ModerationStatus.MERGED) {
            throw new RuleViolation("goodpeople.merge.target");
        }
        moderation.merged(reviewer, now);
        mergedInto = kept.id;
        int room = MAX_PHOTOS - kept.photos.size();
        kept.photos.addAll(photos.subList(0, Math.min(room, photos.size())));
        record(now, NominationEvent.Kind.MERGED_INTO, reviewer, kept.trackingNumber);
        kept.record(now, NominationEvent.Kind.MERGED_FROM, reviewer, trackingNumber);
    }

    /** A reviewer asks the nominator for more (shown to them on their tracking page). */
    void askForMore(String question, String reviewer, Instant now) {
        record(now, NominationEvent.Kind.MORE_INFORMATION_ASKED, reviewer, moderation.askForMore(question));
    }

    /** The nominator answers what a reviewer asked; the nomination waits for a reviewer again. */
    void answer(String text, Instant now) {
        record(now, NominationEvent.Kind.ANSWERED, NominationEvent.NOMINATOR, moderation.answered(text, MAX_STORY));
    }

    /** Vetted: the nominee is a candidate of {@code round} (as the story the office edited, if it did). */
    void approve(String reviewer, Instant now, YearMonth round) {
        moderation.approve(reviewer, now);
        roundMonth = round.toString();
        record(now, NominationEvent.Kind.APPROVED, reviewer, null);
    }

    /** Not to be published, with the reason the nominator reads. */
    void reject(String reason, String reviewer, Instant now) {
        record(now, NominationEvent.Kind.REJECTED, reviewer, moderation.reject(reason, reviewer, now));
    }

    /** The office's edit of the story for publication; the resident's own words stay on record. */
    void editPublicStory(String text, Instant now) {
        String edited = TextLines.paragraphs(text);
        int length = TextLines.length(edited);
        if (length < MIN_STORY || length > MAX_STORY) {
            throw new RuleViolation("goodpeople.story.length", String.valueOf(MIN_STORY), String.valueOf(MAX_STORY), String.valueOf(length));
        }
        publicStory = edited.equals(story) ? null : edited;
        changedAt = now;
    }

    /** On the month's 好人榜, as the office chose. */
    void putOnBoard(Instant now) {
        if (moderation.getStatus() != ModerationStatus.APPROVED) {
            throw new RuleViolation("goodpeople.board.notCandidate");
        }
        onBoard = true;
        changedAt = now;
    }

    /** Off the public pages (and back), kept on record: nothing is deleted. */
    void hide(boolean hide, String reviewer, Instant now) {
        moderation.hide(hide);
        changedAt = now;
    }

    /** Whether the public sees this entry. */
    public boolean isPublic() {
        return moderation.isPublic();
    }

    private void record(Instant now, NominationEvent.Kind kind, String actor, String note) {
        changedAt = now;
        events.add(new NominationEvent(this, now, kind, actor, note));
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

    public ModerationStatus getStatus() {
        return moderation.getStatus();
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

    /** The story as it is to be published: the office's edit, or the resident's own words. */
    public String getPublicStory() {
        return publicStory == null ? story : publicStory;
    }

    public boolean isEdited() {
        return publicStory != null;
    }

    public boolean isOpen() {
        return moderation.isOpen();
    }

    public boolean isAwaitingReviewer() {
        return moderation.isAwaitingModerator();
    }

    public String getRoundMonth() {
        return roundMonth;
    }

    public long getLikes() {
        return likes;
    }

    public boolean isOnBoard() {
        return onBoard;
    }

    public boolean isHidden() {
        return moderation.isHidden();
    }

    public Instant getDecidedAt() {
        return moderation.getDecidedAt();
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public List<String> getPhotos() {
        return photos;
    }

    public List<NominationEvent> getEvents() {
        return events;
    }

    /** The nominator's verified contact: private, for the office's checks and limits only. */
    String nominatorContact() {
        return nominatorContact;
    }

    /** The nominator's name: private, for the office's vetting pages only ({@link GoodPeopleService#forReview}). */
    String nominatorName() {
        return nominatorName;
    }
}
