package city.civility.portal.feedback;

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

/** One step of a case: who did what, when, with what note. The office's audit trail and, where {@link Kind#isPublic()}, the timeline. */
@Entity
@Table(name = "feedback_event")
public class CaseEvent {

    public enum Kind {
        RECEIVED, ACCEPTED, STARTED, REPLIED, ANSWERED, CLOSED, REJECTED, MERGED, INFORMATION_ADDED, RATED, REOPENED, SUPPORTED,
        /** Shown on the 曝光台 with its photo blurred, or taken off it. */
        EXPOSED, UNEXPOSED,
        /** An officer's note for the office only. */
        NOTE,
        /** The assigned officer was reminded of the coming deadline, or the administrators told of a passed one. */
        REMINDED, ESCALATED;

        /** Whether the resident and, for a public case, everyone read this step. */
        public boolean isPublic() {
            return this != NOTE && this != REMINDED && this != ESCALATED;
        }

        /** Whether the step's note is the office's words to the public, masked before it is shown. */
        public boolean isReply() {
            return this == REPLIED || this == ANSWERED || this == REJECTED;
        }
    }

    /** The actor of what the resident did. */
    public static final String RESIDENT = "resident";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private FeedbackCase feedbackCase;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String actor;

    private String note;

    protected CaseEvent() {
    }

    CaseEvent(FeedbackCase feedbackCase, Instant happenedAt, Kind kind, String actor, String note) {
        this.feedbackCase = feedbackCase;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.actor = actor;
        this.note = note;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public String getMessageKey() {
        return "feedback.event." + kind;
    }
}
