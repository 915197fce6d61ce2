package city.civility.portal.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.media.ResidentPicture;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.participation.Contact;

/**
 * A resident's complaint, suggestion or 随手拍, and everything the office did with it. The
 * entity holds the rules of its states: each change is checked here, written as an event, and
 * a broken rule is a {@link RuleViolation} that keeps nothing. The contact is private.
 */
@Entity
@Table(name = "feedback_case")
public class FeedbackCase {

    public static final int MIN_DESCRIPTION = 10;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ADDRESS = 200;
    public static final int MIN_REPLY = 2;
    public static final int MAX_REPLY = 2000;
    public static final int MAX_RATING_COMMENT = 500;
    public static final int MAX_DEPARTMENT = 60;
    /** Photos a case may carry, those sent later included. */
    public static final int MAX_PHOTOS = 6;
    /** How long after closing the resident may say "closed, not fixed". */
    public static final Duration REOPEN_WITHIN = Duration.ofDays(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_code")
    private FeedbackCategory category;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String address;

    private Double latitude;

    private Double longitude;

    /** The verified phone or e-mail address; null for an anonymous suggestion. Never public. */
    private String contact;

    @Column(name = "consent_publish", nullable = false)
    private boolean consentToPublish;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState state;

    @Column(nullable = false)
    private String department;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the office was reminded of the coming deadline; again after a reopening. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** When the administrators were told the deadline passed; again after a reopening. */
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** The office's last answer, as the public case page shows it (masked there). */
    @Column(name = "public_answer")
    private String publicAnswer;

    @Column(name = "merged_into")
    private Long mergedInto;

    /** Residents who said "this is mine too". */
    @Column(nullable = false)
    private int supporters;

    /** Times the resident reopened it: each counts against the department. */
    @Column(nullable = false)
    private int reopened;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "feedback_case_photo", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "media_key")
    private List<String> photos = new ArrayList<>();

    @OneToMany(mappedBy = "feedbackCase", cascade = CascadeType.PERSIST)
    @OrderBy("happenedAt, id")
    private List<CaseEvent> events = new ArrayList<>();

    protected FeedbackCase() {
    }

    /**
     * A resident's case, checked in the order of the form. {@code contact} is the contact the
     * resident verified, if they did; only a suggestion may come without one. The deadline is
     * the category's, counted in working days by the caller.
     */
    static FeedbackCase submit(CaseForm form, FeedbackCategory category, Optional<Contact> contact, int photoCount, String secretHash,
            Instant now, Instant due) {
        return submit(form, category, contact, photoCount, secretHash, now, due, null);
    }

    /** As above, from another system ({@code receivedThrough} names it on the first step: "Open311: 12345 hotline"). */
    static FeedbackCase submit(CaseForm form, FeedbackCategory category, Optional<Contact> contact, int photoCount, String secretHash,
            Instant now, Instant due, String receivedThrough) {
        FeedbackCase c = new FeedbackCase();
        if (form.kind() == null) {
            throw new RuleViolation("feedback.kind.invalid");
        }
        c.kind = form.kind();
        if (category == null || !category.isActive()) {
            throw new RuleViolation("feedback.category.invalid");
        }
        c.category = category;
        c.description = TextLines.paragraphs(form.description());
        int length = TextLines.length(c.description);
        if (length < MIN_DESCRIPTION || length > MAX_DESCRIPTION) {
            throw new RuleViolation("feedback.description.length", String.valueOf(MIN_DESCRIPTION), String.valueOf(MAX_DESCRIPTION),
                    String.valueOf(length));
        }
        c.address = TextLines.line(form.address());
        if (c.address.length() < 2 || c.address.length() > MAX_ADDRESS) {
            throw new RuleViolation("feedback.address.invalid", String.valueOf(MAX_ADDRESS));
        }
        if ((form.latitude() == null) != (form.longitude() == null) || form.latitude() != null && !onEarth(form.latitude(), form.longitude())) {
            throw new RuleViolation("feedback.point.invalid");
        }
        c.latitude = form.latitude();
        c.longitude = form.longitude();
        if (photoCount > MAX_PHOTOS) {
            throw new RuleViolation("feedback.photos.tooMany", String.valueOf(MAX_PHOTOS));
        }
        if (contact.isEmpty() && !c.kind.allowsAnonymous()) {
            throw new RuleViolation("feedback.contact.unverified");
        }
        c.contact = contact.map(Contact::value).orElse(null);
        c.consentToPublish = form.consentToPublish();
        c.secretHash = secretHash;
        c.state = CaseState.RECEIVED;
        c.department = category.getDepartment();
        c.receivedAt = now;
        c.dueAt = due;
        c.changedAt = now;
        c.events.add(new CaseEvent(c, now, CaseEvent.Kind.RECEIVED, CaseEvent.RESIDENT, receivedThrough));
        return c;
    }

    /** The case with this number: its id, received in its year. */
    static Optional<FeedbackCase> byNumber(EntityManager em, TrackingNumber number) {
        return Optional.ofNullable(em.find(FeedbackCase.class, number.id())).filter(c -> c.trackingNumber().equals(number));
    }

    private static boolean onEarth(double latitude, double longitude) {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }

    /**
     * The photos as the media library kept them. A case whose resident marked no point takes
     * the first position a photo was taken at (its EXIF GPS, which the kept copy no longer has).
     */
    void showPhotos(List<ResidentPicture> pictures) {
        if (photos.size() + pictures.size() > MAX_PHOTOS) {
            throw new RuleViolation("feedback.photos.tooMany", String.valueOf(MAX_PHOTOS));
        }
        pictures.forEach(p -> photos.add(p.file().getKey()));
        if (latitude == null) {
            pictures.stream().flatMap(p -> p.takenAt().stream()).findFirst().ifPresent(at -> {
                latitude = at.latitude();
                longitude = at.longitude();
            });
        }
    }

    /** An officer accepts the case for a department (or hands it to another while it is unanswered). */
    void accept(String toDepartment, String officer, Instant now) {
        if (!state.awaitsAnswer()) {
            throw new RuleViolation("feedback.office.notNow");
        }
        String name = TextLines.line(toDepartment);
        if (name.isEmpty() || name.length() > MAX_DEPARTMENT) {
            throw new RuleViolation("feedback.office.department", String.valueOf(MAX_DEPARTMENT));
        }
        department = name;
        if (state == CaseState.RECEIVED) {
            state = CaseState.ACCEPTED;
        }
        happened(CaseEvent.Kind.ACCEPTED, officer, name, now);
    }

    void start(String officer, Instant now) {
        require(state == CaseState.ACCEPTED);
        state = CaseState.IN_PROGRESS;
        happened(CaseEvent.Kind.STARTED, officer, null, now);
    }

    /** A public reply while the case is open (an interim answer, a question to the resident): shown masked. */
    void reply(String text, String officer, Instant now) {
        require(state.isOpen());
        happened(CaseEvent.Kind.REPLIED, officer, replyText(text), now);
    }

    /** A note for the office only, at any time. */
    void note(String text, String officer, Instant now) {
        happened(CaseEvent.Kind.NOTE, officer, replyText(text), now);
    }

    void answer(String text, String officer, Instant now) {
        require(state == CaseState.ACCEPTED || state == CaseState.IN_PROGRESS);
        publicAnswer = replyText(text);
        state = CaseState.ANSWERED;
        answeredAt = now;
        happened(CaseEvent.Kind.ANSWERED, officer, publicAnswer, now);
    }

    void close(String officer, Instant now) {
        require(state == CaseState.ANSWERED);
        state = CaseState.CLOSED;
        closedAt = now;
        happened(CaseEvent.Kind.CLOSED, officer, null, now);
    }

    /** Rejected with a reason the resident reads: not the office's to handle, not a real problem... It counts as the answer. */
    void reject(String reason, String officer, Instant now) {
        require(state.awaitsAnswer());
        publicAnswer = replyText(reason);
        state = CaseState.REJECTED;
        answeredAt = now;
        closedAt = now;
        happened(CaseEvent.Kind.REJECTED, officer, publicAnswer, now);
    }

    /** The same problem as {@code into}, which carries on: the resident is told its number; its supporters count there. */
    void mergeInto(FeedbackCase into, String officer, Instant now) {
        require(state.awaitsAnswer());
        if (into.id.equals(id) || !into.state.isOpen()) {
            throw new RuleViolation("feedback.office.mergeTarget");
        }
        state = CaseState.MERGED;
        mergedInto = into.id;
        closedAt = now;
        into.supporters += 1 + supporters;
        into.changedAt = now;
        happened(CaseEvent.Kind.MERGED, officer, into.trackingNumber().toString(), now);
    }

    /** The resident adds to an open case through their link. */
    void addInformation(String text, int photoCount, Instant now) {
        if (!state.isOpen()) {
            throw new RuleViolation("feedback.track.notOpen");
        }
        String added = TextLines.paragraphs(text);
        if (TextLines.length(added) < MIN_REPLY && photoCount == 0 || TextLines.length(added) > MAX_REPLY) {
            throw new RuleViolation("feedback.track.informationLength", String.valueOf(MIN_REPLY), String.valueOf(MAX_REPLY));
        }
        if (photos.size() + photoCount > MAX_PHOTOS) {
            throw new RuleViolation("feedback.photos.tooMany", String.valueOf(MAX_PHOTOS));
        }
        happened(CaseEvent.Kind.INFORMATION_ADDED, CaseEvent.RESIDENT, added.isEmpty() ? null : added, now);
    }

    /** The resident's satisfaction with the answer of a closed case, once per answer. */
    void rate(int stars, String comment, Instant now) {
        if (state != CaseState.CLOSED || rating != null) {
            throw new RuleViolation("feedback.rate.notNow");
        }
        if (stars < 1 || stars > 5) {
            throw new RuleViolation("feedback.rate.stars");
        }
        String text = TextLines.paragraphs(comment);
        if (TextLines.length(text) > MAX_RATING_COMMENT) {
            throw new RuleViolation("feedback.rate.commentLength", String.valueOf(MAX_RATING_COMMENT));
        }
        rating = stars;
        ratingComment = text.isEmpty() ? null : text;
        happened(CaseEvent.Kind.RATED, CaseEvent.RESIDENT, String.valueOf(stars), now);
    }

    /** "Closed, not fixed": back to the department with its deadline restarted, within {@link #REOPEN_WITHIN} of closing. */
    void reopen(String reason, Instant now, Instant newDue) {
        if (!canBeReopened(now)) {
            throw new RuleViolation("feedback.reopen.notNow", String.valueOf(REOPEN_WITHIN.toDays()));
        }
        String why = replyText(reason);
        state = CaseState.ACCEPTED;
        reopened++;
        answeredAt = null;
        closedAt = null;
        rating = null;
        ratingComment = null;
        remindedAt = null;
        escalatedAt = null;
        dueAt = newDue;
        happened(CaseEvent.Kind.REOPENED, CaseEvent.RESIDENT, why, now);
    }

    public boolean canBeReopened(Instant now) {
        return state == CaseState.CLOSED && now.isBefore(closedAt.plus(REOPEN_WITHIN));
    }

    /**
     * Whether it may go on the 曝光台: a 随手拍 the office took up (a confirmed report, public with
     * its resident's consent) that has a photo.
     */
    public boolean canBeExposed() {
        return kind == CaseKind.SNAPSHOT && isPublic() && !photos.isEmpty();
    }

    /** Put on the 曝光台 (again, with other regions blurred), or taken off it. */
    void exposed(boolean shown, String officer, Instant now) {
        if (shown && !canBeExposed()) {
            throw new RuleViolation("feedback.exposure.notAllowed");
        }
        happened(shown ? CaseEvent.Kind.EXPOSED : CaseEvent.Kind.UNEXPOSED, officer, null, now);
    }

    /** Another resident's "this is mine too". */
    void support(Instant now) {
        if (!state.isOpen()) {
            throw new RuleViolation("feedback.track.notOpen");
        }
        supporters++;
        changedAt = now;
    }

    /** Whether the office is to be reminded now: awaiting an answer, not reminded yet, on or after the reminder's day. */
    boolean needsReminder(LocalDate remindOn, Instant now) {
        return state.awaitsAnswer() && remindedAt == null && !LocalDate.ofInstant(now, PortalClock.ZONE).isBefore(remindOn);
    }

    /** Whether the administrators are to be told now: overdue, and not told since it last became due. */
    boolean needsEscalation(Instant now) {
        return isOverdue(now) && escalatedAt == null;
    }

    /** The office was reminded of the coming deadline ({@code to}: whom the reminder went to). */
    void reminded(String to, Instant now) {
        remindedAt = now;
        events.add(new CaseEvent(this, now, CaseEvent.Kind.REMINDED, AuditLog.SYSTEM, to));
    }

    /** The administrators were told the deadline passed. */
    void escalated(String to, Instant now) {
        escalatedAt = now;
        events.add(new CaseEvent(this, now, CaseEvent.Kind.ESCALATED, AuditLog.SYSTEM, to));
    }

    /** Who accepted the case last: the officer it is assigned to, if any. */
    Optional<String> assignedOfficer() {
        return events.stream().filter(e -> e.getKind() == CaseEvent.Kind.ACCEPTED).reduce((a, b) -> b).map(CaseEvent::getActor);
    }

    private static String replyText(String typed) {
        String text = TextLines.paragraphs(typed);
        int length = TextLines.length(text);
        if (length < MIN_REPLY || length > MAX_REPLY) {
            throw new RuleViolation("feedback.office.replyLength", String.valueOf(MIN_REPLY), String.valueOf(MAX_REPLY), String.valueOf(length));
        }
        return text;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new RuleViolation("feedback.office.notNow");
        }
    }

    private void happened(CaseEvent.Kind kind, String actor, String note, Instant now) {
        events.add(new CaseEvent(this, now, kind, actor, note));
        changedAt = now;
    }

    /** Seen by everyone: the resident agreed, and the office took it up (a rejected or merged case stays with its resident). */
    public boolean isPublic() {
        return consentToPublish && state != CaseState.RECEIVED && state != CaseState.REJECTED && state != CaseState.MERGED;
    }

    public boolean isOverdue(Instant now) {
        return state.awaitsAnswer() && now.isAfter(dueAt);
    }

    public boolean secretIs(String hash) {
        return MessageDigest.isEqual(secretHash.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    public TrackingNumber trackingNumber() {
        return TrackingNumber.of(id, receivedAt);
    }

    public Long getId() {
        return id;
    }

    public CaseKind getKind() {
        return kind;
    }

    public FeedbackCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getAddress() {
        return address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    /** The private contact: only {@link CaseOffice#revealContact} hands it out, audited. */
    String contact() {
        return contact;
    }

    public boolean hasContact() {
        return contact != null;
    }

    public boolean isConsentToPublish() {
        return consentToPublish;
    }

    public CaseState getState() {
        return state;
    }

    public String getDepartment() {
        return department;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    /** The last day to answer on (the deadline is the end of it), in the city's time. */
    public LocalDate getDueDay() {
        return dueDay(dueAt);
    }

    static LocalDate dueDay(Instant dueAt) {
        return LocalDate.ofInstant(dueAt.minusNanos(1), PortalClock.ZONE);
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getPublicAnswer() {
        return publicAnswer;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public int getSupporters() {
        return supporters;
    }

    public int getReopened() {
        return reopened;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    /** When anything last happened to it: its last step, or a "mine too". */
    public Instant getChangedAt() {
        return changedAt;
    }

    public List<String> getPhotos() {
        return List.copyOf(photos);
    }

    public List<CaseEvent> getEvents() {
        return List.copyOf(events);
    }
}
