package city.civility.portal.ads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.media.FileType;
import city.civility.portal.media.MediaFile;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/**
 * A public-service ad in the library, with its files and its review: draft → submitted →
 * published → withdrawn, sent back from review to draft, and from withdrawn to draft to be
 * corrected. Only a draft is edited: what the public and the city's screens show is always what
 * a reviewer approved.
 */
@Entity
@Table(name = "ad")
public class Ad {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_code")
    private AdTheme theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdFormat format;

    @Column(nullable = false)
    private String description;

    /** What the ad shows and says, in words: for screen readers, and wherever it cannot be seen or heard. */
    @Column(name = "alt_text", nullable = false)
    private String altText;

    @Column(nullable = false)
    private String producer;

    @Column(name = "made_year", nullable = false)
    private int year;

    /** Who may use it, and how (e.g. "免费用于公益宣传，不得用于商业用途"). */
    @Column(nullable = false)
    private String rights;

    @Column
    private String licence;

    /** Comma-separated. */
    @Column(nullable = false)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdStatus status = AdStatus.DRAFT;

    /** Why a reviewer sent it back or withdrew it. */
    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @OneToMany(mappedBy = "ad", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role")
    private List<AdFile> files = new ArrayList<>();

    @Version
    private long version;

    protected Ad() {
    }

    Ad(AdDraft draft, AdTheme theme, String by, Instant now) {
        this.createdBy = by;
        take(draft, theme, now);
    }

    void edit(AdDraft draft, AdTheme theme, Instant now) {
        requireDraft();
        if (draft.format() != format && original().isPresent()) {
            throw new RuleViolation("ads.format.fixedByOriginal");
        }
        take(draft, theme, now);
    }

    private void take(AdDraft draft, AdTheme newTheme, Instant now) {
        title = draft.title();
        theme = newTheme;
        format = draft.format();
        description = draft.description();
        altText = draft.altText();
        producer = draft.producer();
        year = draft.year();
        rights = draft.rights();
        licence = draft.licence().isEmpty() ? null : draft.licence();
        tags = draft.tags();
        changedAt = now;
    }

    /**
     * Lets go of the files of these roles (a new original's: the original and its web copies; a
     * poster; captions): the caller writes that before it attaches the new ones, since the
     * database keeps one file of each role.
     */
    void dropFiles(Set<AdFileRole> roles) {
        requireDraft();
        files.removeIf(f -> roles.contains(f.getRole()));
    }

    /** Takes a new original and the web copies made from it (none for a film or a sound); {@link #dropFiles} came first. */
    void attachOriginal(MediaFile original, List<MediaFile> webCopies, Instant now) {
        requireDraft();
        if (!format.originalKinds().contains(original.getType().kind())) {
            throw new RuleViolation("ads.original.wrongKind");
        }
        files.add(new AdFile(this, AdFileRole.ORIGINAL, original));
        if (!webCopies.isEmpty()) {
            files.add(new AdFile(this, AdFileRole.LARGE, webCopies.get(0)));
            files.add(new AdFile(this, AdFileRole.WEB, webCopies.get(webCopies.size() - 1)));
        }
        changedAt = now;
    }

    /** A film's or a sound's still; {@link #dropFiles} came first. */
    void attachPoster(MediaFile poster, Instant now) {
        requireDraft();
        if (!poster.getType().isImage()) {
            throw new RuleViolation("media.notPicture");
        }
        files.add(new AdFile(this, AdFileRole.POSTER, poster));
        changedAt = now;
    }

    /** A film's captions; {@link #dropFiles} came first. */
    void attachCaptions(MediaFile captions, Instant now) {
        requireDraft();
        if (!takesCaptions() || captions.getType().kind() != FileType.Kind.CAPTIONS) {
            throw new RuleViolation("ads.captions.notForThis");
        }
        files.add(new AdFile(this, AdFileRole.CAPTIONS, captions));
        changedAt = now;
    }

    void submit(String by, Instant now) {
        requireDraft();
        if (original().isEmpty()) {
            throw new RuleViolation("ads.submit.noOriginal");
        }
        if (needsPoster() && file(AdFileRole.POSTER).isEmpty()) {
            throw new RuleViolation("ads.submit.noPoster");
        }
        status = AdStatus.SUBMITTED;
        submittedBy = by;
        reviewNote = null;
        changedAt = now;
    }

    void sendBack(String reason, Instant now) {
        require(status == AdStatus.SUBMITTED);
        status = AdStatus.DRAFT;
        reviewNote = reason(reason);
        changedAt = now;
    }

    /**
     * Published at once: an ad's time on the site is set by its schedules, not by its publication.
     * As with articles, nobody approves what they wrote or submitted unless the office allows it.
     */
    void approve(String by, Instant now, boolean selfApprovalAllowed) {
        require(status == AdStatus.SUBMITTED);
        if (!selfApprovalAllowed && (by.equals(submittedBy) || by.equals(createdBy))) {
            throw new RuleViolation("ads.workflow.selfApproval");
        }
        reviewNote = null;
        status = AdStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
        changedAt = now;
    }

    void withdraw(String reason, Instant now) {
        require(status == AdStatus.PUBLISHED);
        status = AdStatus.WITHDRAWN;
        reviewNote = reason(reason);
        changedAt = now;
    }

    /** A withdrawn ad back to draft, to be corrected and reviewed again. */
    void reopen(Instant now) {
        require(status == AdStatus.WITHDRAWN);
        status = AdStatus.DRAFT;
        changedAt = now;
    }

    private static String reason(String typed) {
        String reason = TextLines.line(typed);
        if (reason.isEmpty()) {
            throw new RuleViolation("ads.workflow.reasonRequired");
        }
        if (reason.length() > 500) {
            throw new RuleViolation("ads.field.tooLong", 500);
        }
        return reason;
    }

    private void requireDraft() {
        if (status != AdStatus.DRAFT) {
            throw new RuleViolation("ads.workflow.notDraft");
        }
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new RuleViolation("ads.workflow.notAllowed");
        }
    }

    /** A film needs its still; a sound may have one; a picture or a GIF is its own. */
    public boolean needsPoster() {
        return original().map(o -> o.getMedia().getType().kind() == FileType.Kind.VIDEO).orElse(format == AdFormat.VIDEO);
    }

    /** A film's words for those who cannot hear it (WCAG 1.2.2). */
    public boolean takesCaptions() {
        return original().map(o -> o.getMedia().getType().kind() == FileType.Kind.VIDEO).orElse(format == AdFormat.VIDEO);
    }

    public boolean takesPoster() {
        return format == AdFormat.AUDIO || needsPoster();
    }

    public boolean isPublic() {
        return status == AdStatus.PUBLISHED;
    }

    public boolean isGone() {
        return status == AdStatus.WITHDRAWN;
    }

    public Optional<AdFile> file(AdFileRole role) {
        return files.stream().filter(f -> f.getRole() == role).findFirst();
    }

    public Optional<AdFile> original() {
        return file(AdFileRole.ORIGINAL);
    }

    /** The picture that stands for the ad: its small web copy, or the poster of a film or a sound. */
    public Optional<MediaFile> picture() {
        return file(AdFileRole.WEB).or(() -> file(AdFileRole.POSTER)).map(AdFile::getMedia);
    }

    public List<String> tagList() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public AdTheme getTheme() {
        return theme;
    }

    public AdFormat getFormat() {
        return format;
    }

    public String getDescription() {
        return description;
    }

    public String getAltText() {
        return altText;
    }

    public String getProducer() {
        return producer;
    }

    public int getYear() {
        return year;
    }

    public String getRights() {
        return rights;
    }

    public String getLicence() {
        return licence;
    }

    public String getTags() {
        return tags;
    }

    public AdStatus getStatus() {
        return status;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public List<AdFile> getFiles() {
        return files;
    }

    public long getVersion() {
        return version;
    }
}
