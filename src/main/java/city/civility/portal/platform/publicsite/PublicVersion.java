package city.civility.portal.platform.publicsite;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row holding the version of what the public sees ({@link PublicContentVersion}). */
@Entity
@Table(name = "public_version")
public class PublicVersion {

    static final int ID = 1;
    /** The least step: versions stay distinct in an ETag and in the database's timestamps. */
    private static final Duration STEP = Duration.ofMillis(1);

    @Id
    private int id;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PublicVersion() {
    }

    /** The version as a migration or another instance left it. */
    PublicVersion(Instant changedAt) {
        this.id = ID;
        this.changedAt = changedAt;
    }

    /** Moves on to {@code now}, or just past the last version where this clock is behind the one that set it. */
    void advance(Instant now) {
        changedAt = now.isAfter(changedAt) ? now : changedAt.plus(STEP);
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
