package city.civility.portal.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another system allowed to send cases through Open311, known by its API key (kept only as a keyed hash). */
@Entity
@Table(name = "open311_client")
public class Open311Client {

    public static final int MAX_NAME = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    /** The key's first characters, so the office recognises a key it is told about without it being kept. */
    @Column(name = "key_start", nullable = false)
    private String keyStart;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Open311Client() {
    }

    Open311Client(String name, String keyHash, String keyStart, Instant createdAt, String createdBy) {
        this.name = name;
        this.keyHash = keyHash;
        this.keyStart = keyStart;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKeyStart() {
        return keyStart;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
