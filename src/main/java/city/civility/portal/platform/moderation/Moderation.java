package city.civility.portal.platform.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/**
 * The rules every moderated submission keeps, whatever the feature (a nomination, a comment,
 * a complaint): it waits; a moderator approves it, rejects it with a reason the resident
 * reads, or asks the resident for more; an approved one can be hidden and shown again, and
 * nothing is deleted. Embedded in the feature's entity, whose table has these columns.
 * The feature's service audits each decision.
 */
@Embeddable
public class Moderation {

    public static final int MIN_REASON = 2;
    public static final int MAX_REASON = 500;
    public static final int MIN_QUESTION = 5;
    public static final int MAX_QUESTION = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ModerationStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String reason;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    /** A new submission, waiting for a moderator. */
    public static Moderation waiting() {
        Moderation moderation = new Moderation();
        moderation.status = ModerationStatus.PENDING;
        return moderation;
    }

    public void approve(String moderator, Instant now) {
        require("moderation.notPending", ModerationStatus.PENDING);
        decide(ModerationStatus.APPROVED, moderator, now, null);
    }

    /** Returns the reason as kept, for the feature's own history. */
    public String reject(String typedReason, String moderator, Instant now) {
        require("moderation.notOpen", ModerationStatus.PENDING, ModerationStatus.MORE_INFORMATION);
        String kept = text(typedReason, MIN_REASON, MAX_REASON, "moderation.reasonLength");
        decide(ModerationStatus.REJECTED, moderator, now, kept);
        return kept;
    }

    /** The same as another submission, which the feature keeps going in its place. */
    public void merged(String moderator, Instant now) {
        require("moderation.notOpen", ModerationStatus.PENDING, ModerationStatus.MORE_INFORMATION);
        decide(ModerationStatus.MERGED, moderator, now, null);
    }

    /** Returns the question as kept; the resident answers through the feature's own page. */
    public String askForMore(String typedQuestion) {
        require("moderation.notPending", ModerationStatus.PENDING);
        String kept = text(typedQuestion, MIN_QUESTION, MAX_QUESTION, "moderation.questionLength");
        status = ModerationStatus.MORE_INFORMATION;
        return kept;
    }

    /** The resident answered; returns the answer as kept, and the submission waits again. */
    public String answered(String typedAnswer, int maxLength) {
        require("moderation.notAsked", ModerationStatus.MORE_INFORMATION);
        String kept = text(typedAnswer, MIN_QUESTION, maxLength, "moderation.answerLength");
        status = ModerationStatus.PENDING;
        return kept;
    }

    /** Off the public pages, or back on them: only what was approved is public to begin with. */
    public void hide(boolean hide) {
        require("moderation.notApproved", ModerationStatus.APPROVED);
        hidden = hide;
    }

    public boolean isPublic() {
        return status == ModerationStatus.APPROVED && !hidden;
    }

    /** Still to be decided (waiting for a moderator or for the resident's answer). */
    public boolean isOpen() {
        return status == ModerationStatus.PENDING || status == ModerationStatus.MORE_INFORMATION;
    }

    public boolean isAwaitingModerator() {
        return status == ModerationStatus.PENDING;
    }

    private void decide(ModerationStatus decided, String moderator, Instant now, String why) {
        status = decided;
        decidedBy = moderator;
        decidedAt = now;
        reason = why;
    }

    private void require(String messageKey, ModerationStatus... allowed) {
        for (ModerationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new RuleViolation(messageKey);
    }

    private static String text(String typed, int min, int max, String messageKey) {
        String text = TextLines.paragraphs(typed);
        int length = TextLines.length(text);
        if (length < min || length > max) {
            throw new RuleViolation(messageKey, String.valueOf(min), String.valueOf(max));
        }
        return text;
    }

    public ModerationStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public boolean isHidden() {
        return hidden;
    }
}
