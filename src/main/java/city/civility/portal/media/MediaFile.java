package city.civility.portal.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A picture or document in the media library. Its bytes live on disk under its key. */
@Entity
@Table(name = "media_file")
public class MediaFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Random and unguessable: the address is /media/{key}, and the file's name on disk. */
    @Column(name = "public_key", nullable = false, unique = true, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, updatable = false)
    private FileType type;

    /** As uploaded; shown and offered as the download name, never used as a path. */
    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(updatable = false)
    private Integer width;

    @Column(updatable = false)
    private Integer height;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected MediaFile() {
    }

    MediaFile(String key, FileType type, String originalName, long sizeBytes, Integer width, Integer height,
              String uploadedBy, Instant uploadedAt) {
        this.key = key;
        this.type = type;
        this.originalName = originalName;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The address pages use, e.g. in an article's body. */
    public String getUrl() {
        return "/media/" + key;
    }

    public String getThumbnailUrl() {
        return type.isImage() ? "/media/" + key + "/thumb" : null;
    }

    /** "340 KB", "2.4 MB". */
    public String getSizeText() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1048576.0);
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public FileType getType() {
        return type;
    }

    public String getOriginalName() {
        return originalName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
