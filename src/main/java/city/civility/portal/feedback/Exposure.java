package city.civility.portal.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case on the 曝光台: the blurred public copy of its photo, the regions blurred, who published it and when. */
@Entity
@Table(name = "feedback_exposure")
public class Exposure {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "photo_key", nullable = false)
    private String photoKey;

    /** The regions blurred, as {@code Region.format} writes them. */
    @Column(nullable = false)
    private String regions;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    protected Exposure() {
    }

    Exposure(long caseId, String photoKey, String regions, Instant publishedAt, String publishedBy) {
        this.caseId = caseId;
        this.photoKey = photoKey;
        this.regions = regions;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getPhotoKey() {
        return photoKey;
    }

    public String getRegions() {
        return regions;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
