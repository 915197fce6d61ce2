package city.civility.portal.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import city.civility.portal.media.MediaFile;

/** One saved state of an article's content. Never changed once written. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    private static final Pattern FIRST_PICTURE = Pattern.compile("<img src=\"(/media/[A-Za-z0-9_-]+)\"");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", updatable = false)
    private Article article;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String subtitle;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(nullable = false, updatable = false, length = 1_000_000)
    private String body;

    @Column(updatable = false)
    private String author;

    @Column(updatable = false)
    private String source;

    @Column(updatable = false)
    private String tags;

    @ManyToOne(optional = false)
    @JoinColumn(name = "channel_id", updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private boolean pinned;

    @Column(nullable = false, updatable = false)
    private boolean headline;

    /** The picture shown with the article in lists and when shared; without one, the text's first picture. */
    @ManyToOne
    @JoinColumn(name = "cover_media_id", updatable = false)
    private MediaFile cover;

    /** Files offered for download under the article (forms, notices as PDF...), in the editor's order. */
    @ManyToMany
    @JoinTable(name = "article_revision_attachment", joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "media_file_id"))
    @OrderColumn(name = "position")
    private List<MediaFile> attachments = new ArrayList<>();

    @Column(name = "saved_by", nullable = false, updatable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    /** A revision's cover picture and attachments, found in the media library. */
    public record Files(MediaFile cover, List<MediaFile> attachments) {
        public static final Files NONE = new Files(null, List.of());
    }

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, Channel channel, ArticleDraft content, Files files, String savedBy, Instant savedAt) {
        this.article = article;
        this.channel = channel;
        this.pinned = content.pinned();
        this.headline = content.headline();
        this.number = number;
        this.title = content.title();
        this.subtitle = content.subtitle();
        this.summary = content.summary();
        this.body = content.body();
        this.author = content.author();
        this.source = content.source();
        this.tags = content.tags();
        this.cover = files.cover();
        this.attachments = new ArrayList<>(files.attachments());
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public String getSource() {
        return source;
    }

    public String getTags() {
        return tags;
    }

    /** The picture shown with the article (its media address): the cover, else the text's first picture. */
    public String getPictureUrl() {
        if (cover != null) {
            return cover.getUrl();
        }
        Matcher m = FIRST_PICTURE.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    public List<String> getTagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }

    public Channel getChannel() {
        return channel;
    }

    public MediaFile getCover() {
        return cover;
    }

    public List<MediaFile> getAttachments() {
        return attachments;
    }

    public Files getFiles() {
        return new Files(cover, List.copyOf(attachments));
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isHeadline() {
        return headline;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
