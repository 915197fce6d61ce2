package city.civility.portal.news;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.RichText;
import city.civility.portal.search.SearchDocument;
import city.civility.portal.search.SearchSource;

/** Published articles as the search index sees them: the public revision, its text without markup. */
@Stateless
@PermitAll
public class ArticleSearch implements SearchSource {

    public static final String TYPE = "article";

    @PersistenceContext
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> find(long id) {
        Article article = em.find(Article.class, id);
        return article == null || !article.isPublic() ? Optional.empty() : Optional.of(document(article));
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.publishedRevision IS NOT NULL", Long.class).getSingleResult();
    }

    @Override
    public List<SearchDocument> page(long afterId, int size) {
        return em.createQuery("SELECT a FROM Article a JOIN FETCH a.publishedRevision WHERE a.publishedRevision IS NOT NULL"
                        + " AND a.id > :after ORDER BY a.id", Article.class)
                .setParameter("after", afterId).setMaxResults(size).getResultStream().map(ArticleSearch::document).toList();
    }

    private static SearchDocument document(Article article) {
        ArticleRevision r = article.getPublishedRevision();
        String title = r.getSubtitle() == null || r.getSubtitle().isEmpty() ? r.getTitle() : r.getTitle() + " " + r.getSubtitle();
        return new SearchDocument(TYPE, article.getId(), title, r.getSummary(), RichText.plainText(r.getBody()),
                article.getChannel().getSlug(), article.getChannel().getName(), r.getTagList(),
                article.getFirstPublishedAt(), "/news/" + article.getId());
    }
}
