package city.civility.portal.news;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;

import city.civility.portal.media.MediaService;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.search.SearchOutbox;
import city.civility.portal.platform.publicsite.PublicContentVersion;

/**
 * Adds imported articles as published, each once: a key already seen is skipped.
 * Called by the text importer (an administrator's action) and the demo content.
 */
@Stateless
@PermitAll
public class ArticleImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    @Inject
    MediaService media;

    @Inject
    SearchOutbox search;

    /** Where an imported article came from. */
    @Entity
    @Table(name = "article_import")
    public static class ImportKey {
        @Id
        @Column(name = "import_key")
        private String key;

        @Column(name = "article_id", nullable = false)
        private long articleId;

        protected ImportKey() {
        }

        ImportKey(String key, long articleId) {
            this.key = key;
            this.articleId = articleId;
        }
    }

    /** Adds the article unless its key was imported before; returns whether it was added. */
    public boolean add(ImportedArticle item, String actor) {
        if (em.find(ImportKey.class, item.key()) != null) {
            return false;
        }
        Channel channel = em.createQuery("SELECT c FROM Channel c WHERE c.slug = :slug", Channel.class)
                .setParameter("slug", item.channelSlug()).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("news.channel.required"));
        ArticleDraft draft = new ArticleDraft(channel.getId(), item.title(), "", "", item.bodyHtml(), item.author(),
                item.source(), "", item.pinned(), item.headline()).cleaned();
        Article article = new Article(channel, actor, item.publishedAt());
        em.persist(article);
        em.flush();
        em.persist(article.revise(channel, draft, ArticleRevision.Files.NONE, actor, item.publishedAt()));
        article.publishImported(item.publishedAt());
        em.flush();
        em.persist(new ImportKey(item.key(), article.getId()));
        search.changed(ArticleSearch.TYPE, article.getId());
        audit.recordAs(actor, "article.imported", "Article", article.getId(), item.key());
        publicChange.fire(new PublicContentVersion.Changed());
        return true;
    }

    public long countArticles() {
        return em.createQuery("SELECT COUNT(a) FROM Article a", Long.class).getSingleResult();
    }

    /**
     * Adds a topic the portal brings in itself (the demo content), gathering imported
     * articles by their import keys, in that order. A topic whose address is taken is skipped.
     */
    public boolean addTopic(TopicDraft draft, List<String> articleKeys, String actor, Instant now) {
        TopicDraft clean = draft.cleaned();
        if (em.createQuery("SELECT COUNT(t) FROM Topic t WHERE t.slug = :slug", Long.class)
                .setParameter("slug", clean.slug()).getSingleResult() > 0) {
            return false;
        }
        Topic topic = new Topic(clean, clean.bannerKey() == null ? null : media.find(clean.bannerKey()).orElseThrow(), now);
        em.persist(topic);
        for (int i = articleKeys.size() - 1; i >= 0; i--) { // each is added at the top
            ImportKey imported = em.find(ImportKey.class, articleKeys.get(i));
            if (imported != null) {
                topic.add(em.find(Article.class, imported.articleId), now);
            }
        }
        em.flush();
        audit.recordAs(actor, "topic.created", "Topic", topic.getId(), clean.title());
        publicChange.fire(new PublicContentVersion.Changed());
        return true;
    }
}
