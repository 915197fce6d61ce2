package city.civility.portal.platform.audit;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.civility.portal.platform.i18n.Texts;

/** One line of the audit log: who did what to which record, and when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private String targetId;

    /** The free text of a line written before details had message keys; newer lines leave it empty. */
    @Column(updatable = false, length = 1000)
    private String detail;

    @Column(name = "detail_key", updatable = false, length = 100)
    private String detailKey;

    @Column(name = "detail_args", updatable = false, length = DetailArguments.MAX_LENGTH)
    private String detailArgs;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId,
               String detailKey, Object... detailArgs) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detailKey = detailKey;
        this.detailArgs = detailKey == null ? null : DetailArguments.encode(detailArgs);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    /** The detail in the reader's language; an older line shows its text as recorded. */
    public String detailIn(Locale locale) {
        return detailKey == null ? detail : Texts.get(locale, detailKey, DetailArguments.shown(detailArgs, locale));
    }
}
