package city.civility.portal.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What residents read: only published revisions, pinned first, newest first. */
@Stateless
@PermitAll
public class PublicNews {

    private static final String PUBLISHED = "a.publishedRevision IS NOT NULL";

    @PersistenceContext
    EntityManager em;

    /** The article with this id, public or not: the caller answers 404 or 410 for what is not public. */
    public Optional<Article> article(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public List<Channel> channels() {
        return em.createQuery("SELECT c FROM Channel c ORDER BY c.position, c.id", Channel.class).getResultList();
    }

    public Optional<Channel> channel(String slug) {
        return em.createQuery("SELECT c FROM Channel c WHERE c.slug = :slug", Channel.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Published articles of a channel (or of all channels when null), pinned first, then newest. */
    public List<Article> latest(Channel channel, int first, int size) {
        var q = em.createQuery("SELECT a FROM Article a JOIN FETCH a.publishedRevision WHERE " + PUBLISHED
                + (channel == null ? "" : " AND a.channel = :channel")
                + " ORDER BY a.pinned DESC, a.firstPublishedAt DESC, a.id DESC", Article.class);
        if (channel != null) {
            q.setParameter("channel", channel);
        }
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Channel channel) {
        var q = em.createQuery("SELECT COUNT(a) FROM Article a WHERE " + PUBLISHED
                + (channel == null ? "" : " AND a.channel = :channel"), Long.class);
        if (channel != null) {
            q.setParameter("channel", channel);
        }
        return q.getSingleResult();
    }

    /** 头条: the newest headline articles, for the home page's carousel. */
    public List<Article> headlines(int size) {
        return em.createQuery("SELECT a FROM Article a JOIN FETCH a.publishedRevision WHERE " + PUBLISHED
                        + " AND a.headline = TRUE ORDER BY a.firstPublishedAt DESC, a.id DESC", Article.class)
                .setMaxResults(size).getResultList();
    }

    /** The neighbours of an article in its channel by publication time: [previous (older), next (newer)]. */
    public List<Optional<Article>> neighbours(Article article) {
        String base = "SELECT a FROM Article a JOIN FETCH a.publishedRevision WHERE " + PUBLISHED + " AND a.channel = :channel AND ";
        Optional<Article> older = em.createQuery(base + "(a.firstPublishedAt < :at OR (a.firstPublishedAt = :at AND a.id < :id))"
                        + " ORDER BY a.firstPublishedAt DESC, a.id DESC", Article.class)
                .setParameter("channel", article.getChannel()).setParameter("at", article.getFirstPublishedAt())
                .setParameter("id", article.getId()).setMaxResults(1).getResultStream().findFirst();
        Optional<Article> newer = em.createQuery(base + "(a.firstPublishedAt > :at OR (a.firstPublishedAt = :at AND a.id > :id))"
                        + " ORDER BY a.firstPublishedAt ASC, a.id ASC", Article.class)
                .setParameter("channel", article.getChannel()).setParameter("at", article.getFirstPublishedAt())
                .setParameter("id", article.getId()).setMaxResults(1).getResultStream().findFirst();
        return List.of(older, newer);
    }

    /** An entry of the sitemap: a published article and when it last changed. */
    public record Listed(long id, Instant lastModified) {
    }

    /** Published articles, oldest first, from the {@code first} ({@link #count}{@code (null)} in all), for the sitemap. */
    public List<Listed> published(int first, int size) {
        return em.createQuery("SELECT a.id, a.publicChangedAt FROM Article a WHERE " + PUBLISHED + " ORDER BY a.id", Object[].class)
                .setFirstResult(first).setMaxResults(size)
                .getResultStream().map(row -> new Listed((Long) row[0], (Instant) row[1])).toList();
    }

    /** The visible topics (专题), newest first. */
    public List<Topic> topics(int max) {
        return em.createQuery("SELECT t FROM Topic t WHERE t.visible = TRUE ORDER BY t.createdAt DESC, t.id DESC", Topic.class)
                .setMaxResults(max).getResultList();
    }

    /** A visible topic by its address. */
    public Optional<Topic> topic(String slug) {
        return em.createQuery("SELECT t FROM Topic t WHERE t.slug = :slug AND t.visible = TRUE", Topic.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The public articles of a topic, in the topic's order. */
    public List<Article> topicArticles(Topic topic, int first, int size) {
        return em.createQuery("SELECT a FROM Topic t JOIN t.articles a WHERE t = :topic AND a.publishedRevision IS NOT NULL"
                        + " ORDER BY INDEX(a)", Article.class)
                .setParameter("topic", topic).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countTopicArticles(Topic topic) {
        return em.createQuery("SELECT COUNT(a) FROM Topic t JOIN t.articles a WHERE t = :topic AND a.publishedRevision IS NOT NULL", Long.class)
                .setParameter("topic", topic).getSingleResult();
    }

    /** Up to {@code size} other published articles of the same channel, newest first, for "related articles". */
    public List<Article> related(Article article, int size) {
        return em.createQuery("SELECT a FROM Article a JOIN FETCH a.publishedRevision WHERE " + PUBLISHED
                        + " AND a.channel = :channel AND a.id <> :id ORDER BY a.firstPublishedAt DESC, a.id DESC", Article.class)
                .setParameter("channel", article.getChannel()).setParameter("id", article.getId())
                .setMaxResults(size).getResultList();
    }

    /**
     * Counts one reading of a public article and returns the new count, or -1 for an
     * article that is not public. A plain increment, so readers never conflict with editors.
     */
    public long countView(long id) {
        int updated = em.createQuery("UPDATE Article a SET a.viewCount = a.viewCount + 1 WHERE a.id = :id AND " + PUBLISHED)
                .setParameter("id", id).executeUpdate();
        if (updated == 0) {
            return -1;
        }
        return em.createQuery("SELECT a.viewCount FROM Article a WHERE a.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }
}
