package city.civility.portal.goodpeople;

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

/** One step in a nomination's history: who did what, when, and what they wrote. */
@Entity
@Table(name = "good_person_event")
public class NominationEvent {

    public enum Kind {
        SUBMITTED, MORE_INFORMATION_ASKED, ANSWERED, APPROVED, REJECTED,
        /** Merged into another nomination of the same person; the note names it, for the office only. */
        MERGED_INTO,
        /** Another nomination of the same person was merged into this one; the note names it, for the office only. */
        MERGED_FROM;

        /** Whether the nominator reads this step's note: another nomination's number would show them its history. */
        boolean noteForNominator() {
            return this != MERGED_INTO && this != MERGED_FROM;
        }
    }

    /** The actor of what the nominator did. */
    public static final String NOMINATOR = "nominator";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "good_person_id")
    private GoodPerson goodPerson;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String actor;

    private String note;

    protected NominationEvent() {
    }

    NominationEvent(GoodPerson goodPerson, Instant happenedAt, Kind kind, String actor, String note) {
        this.goodPerson = goodPerson;
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

    public String getMessageKey() {
        return "goodpeople.event." + kind;
    }

    public String getNote() {
        return note;
    }
}
