package city.civility.portal.news;

import java.util.List;
import java.util.Objects;

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
        audit.recordAs(actor, "article.imported", "Article", article.getId(), "audit.detail.importKey", item.key());
        publicChange.fire(new PublicContentVersion.Changed());
        return true;
    }

    public long countArticles() {
        return em.createQuery("SELECT COUNT(a) FROM Article a", Long.class).getSingleResult();
    }

    /** The articles imported under these keys, in the same order; a key never imported is left out. */
    public List<Long> articleIds(List<String> keys) {
        return keys.stream().map(key -> em.find(ImportKey.class, key)).filter(Objects::nonNull)
                .map(imported -> imported.articleId).toList();
    }
}
