package city.civility.portal.campaigns;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something that happened to a campaign or one of its nominees: a phase move, an extension, a decision, a withdrawal. */
@Entity
@Table(name = "campaign_event")
public class CampaignEvent {

    /** What happened; labels in the bundles, {@code campaigns.event.*}. */
    public enum Kind { CREATED, LAUNCHED, PHASE_STARTED, PHASE_EXTENDED, NOMINATED, PASSED, REJECTED, WITHDRAWN, JURY_VOTES }

    /** Who moved a campaign along on time. */
    static final String SCHEDULER = "scheduler";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "nominee_id")
    private Long nomineeId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String actor;

    private String note;

    protected CampaignEvent() {
    }

    CampaignEvent(long campaignId, Long nomineeId, Instant happenedAt, Kind kind, String actor, String note) {
        this.campaignId = campaignId;
        this.nomineeId = nomineeId;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.actor = actor;
        this.note = note;
    }

    public Long getNomineeId() {
        return nomineeId;
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
}
