package city.civility.portal.ads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.media.MediaFile;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.moderation.Moderation;
import city.civility.portal.platform.participation.Contact;

/**
 * A work a resident or a unit sent to a {@link AdCall}: its title, author (as credited),
 * description, text alternative, year and the author's rights text, the picture itself, and the
 * sender's verified contact (for the office only). It waits for a moderator; accepted, it becomes
 * a published {@link Ad} of the library.
 */
@Entity
@Table(name = "ad_entry")
public class AdEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", updatable = false)
    private AdCall call;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    private String trackingNumber;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "alt_text", nullable = false, updatable = false)
    private String altText;

    @Column(name = "made_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private String rights;

    @ManyToOne(optional = false)
    @JoinColumn(name = "media_id", updatable = false)
    private MediaFile work;

    /** Verified; the office's only, never on a public page. */
    @Column(nullable = false, updatable = false)
    private String contact;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Embedded
    private Moderation moderation;

    /** The library's ad once accepted. */
    @ManyToOne
    @JoinColumn(name = "ad_id")
    private Ad ad;

    @Version
    private long version;

    protected AdEntry() {
    }

    /** What a sender types about their work; {@link #cleaned(int)} checks it in the order of the form. */
    public record Form(String title, String author, String description, String altText, Integer year, String rights, boolean agreed) {

        Form cleaned(int thisYear) {
            String cleanTitle = line(title, 100, "ads.entry.title.invalid");
            String cleanAuthor = line(author, 100, "ads.entry.author.invalid");
            String cleanDescription = paragraphs(description, 10, 2000, "ads.entry.description.invalid");
            String cleanAlt = paragraphs(altText, 10, 500, "ads.entry.altText.invalid");
            if (year == null || year < AdDraft.FIRST_YEAR || year > thisYear) {
                throw new RuleViolation("ads.entry.year.invalid", AdDraft.FIRST_YEAR, thisYear);
            }
            String cleanRights = paragraphs(rights, 10, 2000, "ads.entry.rights.invalid");
            if (!agreed) {
                throw new RuleViolation("ads.entry.agreement.required");
            }
            return new Form(cleanTitle, cleanAuthor, cleanDescription, cleanAlt, year, cleanRights, true);
        }

        private static String line(String typed, int max, String key) {
            String clean = TextLines.line(typed);
            if (clean.isEmpty() || TextLines.length(clean) > max) {
                throw new RuleViolation(key, 1, max);
            }
            return clean;
        }

        private static String paragraphs(String typed, int min, int max, String key) {
            String clean = TextLines.paragraphs(typed);
            if (TextLines.length(clean) < min || TextLines.length(clean) > max) {
                throw new RuleViolation(key, min, max);
            }
            return clean;
        }
    }

    /** A checked work sent to an open call by a verified contact, waiting for a moderator. */
    static AdEntry send(AdCall call, Form form, Optional<Contact> sender, LocalDate today, String trackingNumber, Instant now) {
        call.requireOpen(today);
        Form clean = form.cleaned(today.getYear());
        AdEntry entry = new AdEntry();
        entry.contact = sender.orElseThrow(() -> new RuleViolation("ads.entry.contact.unverified")).value();
        entry.call = call;
        entry.title = clean.title();
        entry.author = clean.author();
        entry.description = clean.description();
        entry.altText = clean.altText();
        entry.year = clean.year();
        entry.rights = clean.rights();
        entry.trackingNumber = trackingNumber;
        entry.submittedAt = now;
        entry.moderation = Moderation.waiting();
        return entry;
    }

    void attach(MediaFile picture) {
        work = picture;
    }

    /** The draft of the library's ad this work becomes: the call's theme and licence, the author credited as its producer. */
    AdDraft draft() {
        return new AdDraft(title, call.getTheme().getCode(), AdFormat.PICTURE, description, altText, author, year, rights, call.getLicence(),
                call.getTitle());
    }

    void accepted(Ad published, String moderator, Instant now) {
        moderation.approve(moderator, now);
        ad = published;
    }

    void rejected(String reason, String moderator, Instant now) {
        moderation.reject(reason, moderator, now);
    }

    public Long getId() {
        return id;
    }

    public AdCall getCall() {
        return call;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getDescription() {
        return description;
    }

    public String getAltText() {
        return altText;
    }

    public int getYear() {
        return year;
    }

    public String getRights() {
        return rights;
    }

    public MediaFile getWork() {
        return work;
    }

    /** For the office only: never on a public page. */
    public String getContact() {
        return contact;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public Ad getAd() {
        return ad;
    }
}
