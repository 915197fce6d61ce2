package city.civility.portal.platform.participation;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One code sent to verify a contact: kept as keyed hashes only, valid for {@link #VALID_FOR}, {@link #MAX_TRIES} tries. */
@Entity
@Table(name = "contact_code")
public class ContactCode {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int MAX_TRIES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contact_key", nullable = false)
    private String contactKey;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int tries;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ContactCode() {
    }

    ContactCode(String contactKey, String codeHash, Instant sentAt) {
        this.contactKey = contactKey;
        this.codeHash = codeHash;
        this.sentAt = sentAt;
        this.expiresAt = sentAt.plus(VALID_FOR);
    }

    Long getId() {
        return id;
    }

    String getCodeHash() {
        return codeHash;
    }

    Instant getSentAt() {
        return sentAt;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    int triesLeft() {
        return MAX_TRIES - tries;
    }
}
