package city.civility.portal.ads;

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

import city.civility.portal.media.MediaFile;

/** One of an ad's files (the original, a web copy, a poster): bytes in the media library, and how often it was downloaded. */
@Entity
@Table(name = "ad_file")
public class AdFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ad_id")
    private Ad ad;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdFileRole role;

    @ManyToOne(optional = false)
    @JoinColumn(name = "media_id")
    private MediaFile media;

    /** Counted by the database (UPDATE … + 1), never here: downloads come in at once. */
    @Column(nullable = false, updatable = false)
    private long downloads;

    protected AdFile() {
    }

    AdFile(Ad ad, AdFileRole role, MediaFile media) {
        this.ad = ad;
        this.role = role;
        this.media = media;
    }

    public Long getId() {
        return id;
    }

    public AdFileRole getRole() {
        return role;
    }

    public MediaFile getMedia() {
        return media;
    }

    public long getDownloads() {
        return downloads;
    }
}
