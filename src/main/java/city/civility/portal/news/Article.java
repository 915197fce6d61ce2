package city.civility.portal.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.RuleViolation;

/**
 * An article and its editorial workflow: draft → submitted → published (now or on
 * schedule) → withdrawn → archived, with "sent back" from review to draft. Content
 * lives in revisions; the public sees the published revision, which stays in place
 * while a newer revision goes through review.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "channel_id")
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "submitted_by")
    private String submittedBy;

    /** Why a reviewer sent it back or withdrew it. */
    @Column(name = "review_note")
    private String reviewNote;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean headline;

    @ManyToOne
    @JoinColumn(name = "current_revision_id")
    private ArticleRevision currentRevision;

    @ManyToOne
    @JoinColumn(name = "published_revision_id")
    private ArticleRevision publishedRevision;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    /** When what the public sees of this article last changed: published, re-published or withdrawn. */
    @Column(name = "public_changed_at")
    private Instant publicChangedAt;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {
    }

    Article(Channel channel, String createdBy, Instant now) {
        this.channel = channel;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Saves new content as the next revision. Editing takes an article under review or
     * scheduled back to draft; a published article stays public in its approved form
     * (channel and flags included) until the new revision is approved.
     */
    ArticleRevision revise(Channel newChannel, ArticleDraft content, ArticleRevision.Files files, String by, Instant now) {
        if (!mayBeRevised()) {
            throw new RuleViolation("news.workflow.archived");
        }
        ArticleRevision revision = new ArticleRevision(this, currentRevision == null ? 1 : currentRevision.getNumber() + 1,
                newChannel, content, files, by, now);
        currentRevision = revision;
        if (!isPublic()) {
            takeListingFrom(revision);
        }
        status = ArticleStatus.DRAFT;
        scheduledFor = null;
        updatedAt = now;
        return revision;
    }

    void submit(String by, Instant now) {
        require(mayBeSubmitted());
        status = ArticleStatus.SUBMITTED;
        submittedBy = by;
        reviewNote = null;
        updatedAt = now;
    }

    void sendBack(String reason, Instant now) {
        require(awaitsReview());
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("news.workflow.reasonRequired");
        }
        status = ArticleStatus.DRAFT;
        reviewNote = reason.strip();
        updatedAt = now;
    }

    /**
     * A reviewer approves the submitted revision: published now, or by the timer at
     * {@code publishAt}. Unless the office allows it, nobody approves what they wrote.
     */
    void approve(String by, Instant publishAt, Instant now, boolean selfApprovalAllowed) {
        require(awaitsReview());
        if (!selfApprovalAllowed && (by.equals(submittedBy) || by.equals(currentRevision.getSavedBy()))) {
            throw new RuleViolation("news.workflow.selfApproval");
        }
        reviewNote = null;
        if (publishAt != null && publishAt.isAfter(now)) {
            status = ArticleStatus.SCHEDULED;
            scheduledFor = publishAt;
            updatedAt = now;
        } else {
            publish(now);
        }
    }

    /**
     * Content an administrator imported (or the demo content): it was published
     * elsewhere already, so it goes public as of {@code at} without another review.
     */
    void publishImported(Instant at) {
        require(status == ArticleStatus.DRAFT);
        publish(at);
    }

    /** Publishes a scheduled article whose time has come; returns whether it did. */
    boolean publishIfDue(Instant now) {
        if (status != ArticleStatus.SCHEDULED || scheduledFor.isAfter(now)) {
            return false;
        }
        publish(now);
        return true;
    }

    private void publish(Instant now) {
        publishedRevision = currentRevision;
        takeListingFrom(currentRevision);
        status = ArticleStatus.PUBLISHED;
        scheduledFor = null;
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        publicChangedAt = now;
        updatedAt = now;
    }

    /** Where and how the article is listed: channel, pinned (置顶), headline (头条). */
    private void takeListingFrom(ArticleRevision revision) {
        channel = revision.getChannel();
        pinned = revision.isPinned();
        headline = revision.isHeadline();
    }

    /** Takes the article off the public site; its address then answers 410 Gone. */
    void withdraw(String reason, Instant now) {
        if (!mayBeWithdrawn()) {
            throw new RuleViolation("news.workflow.notPublished");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("news.workflow.reasonRequired");
        }
        publishedRevision = null;
        status = ArticleStatus.WITHDRAWN;
        reviewNote = reason.strip();
        publicChangedAt = now;
        updatedAt = now;
    }

    void archive(Instant now) {
        require(mayBeArchived());
        status = ArticleStatus.ARCHIVED;
        updatedAt = now;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new RuleViolation("news.workflow.wrongState");
        }
    }

    // The workflow's questions: the steps above ask them, and so do the staff pages.

    /** A new revision may be saved: anything not archived. */
    public boolean mayBeRevised() {
        return status != ArticleStatus.ARCHIVED;
    }

    /** A draft goes to review. */
    public boolean mayBeSubmitted() {
        return status == ArticleStatus.DRAFT;
    }

    /** Submitted: a reviewer approves it or sends it back. */
    public boolean awaitsReview() {
        return status == ArticleStatus.SUBMITTED;
    }

    /** What the public sees can be taken down. */
    public boolean mayBeWithdrawn() {
        return isPublic();
    }

    /** Withdrawn, and so ready to be put away. */
    public boolean mayBeArchived() {
        return status == ArticleStatus.WITHDRAWN;
    }

    public boolean isPublic() {
        return publishedRevision != null;
    }

    /** Was public once and has been taken down (410 rather than 404). */
    public boolean isGone() {
        return publishedRevision == null && firstPublishedAt != null;
    }

    /** A published article with a newer revision not yet approved. */
    public boolean hasPendingChanges() {
        return publishedRevision != null && !publishedRevision.equals(currentRevision);
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isHeadline() {
        return headline;
    }

    public ArticleRevision getCurrentRevision() {
        return currentRevision;
    }

    public ArticleRevision getPublishedRevision() {
        return publishedRevision;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public long getViewCount() {
        return viewCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
