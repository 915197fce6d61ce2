package city.civility.portal.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.media.MediaFile;
import city.civility.portal.platform.RuleViolation;

/**
 * A topic (专题): a page with its own banner and introduction that gathers articles
 * in the order the office chose, e.g. "文明交通月". Only visible topics are public, and
 * only the public articles in them are shown.
 */
@Entity
@Table(name = "topic")
public class Topic {

    static final int MAX_ARTICLES = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The topic's address: /topic/{slug}. */
    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    /** Sanitized HTML (platform.RichText). */
    @Column(nullable = false, length = 20_000)
    private String intro;

    @ManyToOne
    @JoinColumn(name = "banner_media_id")
    private MediaFile banner;

    @Column(nullable = false)
    private boolean visible;

    @ManyToMany
    @JoinTable(name = "topic_article", joinColumns = @JoinColumn(name = "topic_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Article> articles = new ArrayList<>();

    /** When the topic last changed: part of the public pages' version. */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Topic() {
    }

    Topic(TopicDraft content, MediaFile banner, Instant now) {
        this.createdAt = now;
        change(content, banner, now);
    }

    /** Takes the cleaned content of the form; the banner must be a picture. */
    void change(TopicDraft content, MediaFile newBanner, Instant now) {
        if (newBanner != null && !newBanner.getType().isImage()) {
            throw new RuleViolation("topics.banner.notPicture");
        }
        this.title = content.title();
        this.slug = content.slug();
        this.intro = content.intro();
        this.visible = content.visible();
        this.banner = newBanner;
        this.changedAt = now;
    }

    /** Adds an article at the top of the topic; an article is in a topic at most once. */
    void add(Article article, Instant now) {
        if (articles.stream().anyMatch(a -> a.getId().equals(article.getId()))) {
            throw new RuleViolation("topics.article.already");
        }
        if (articles.size() >= MAX_ARTICLES) {
            throw new RuleViolation("topics.article.tooMany", MAX_ARTICLES);
        }
        articles.add(0, article);
        changedAt = now;
    }

    void remove(long articleId, Instant now) {
        if (articles.removeIf(a -> a.getId() == articleId)) {
            changedAt = now;
        }
    }

    /** Swaps an article with its neighbour above ({@code up}) or below. */
    void move(long articleId, boolean up, Instant now) {
        int at = -1;
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).getId() == articleId) {
                at = i;
            }
        }
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= articles.size()) {
            return;
        }
        Article moving = articles.get(at);
        articles.set(at, articles.get(other));
        articles.set(other, moving);
        changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public MediaFile getBanner() {
        return banner;
    }

    public boolean isVisible() {
        return visible;
    }

    /** Every article of the topic in its order, public or not (the staff's view). */
    public List<Article> getArticles() {
        return articles;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
