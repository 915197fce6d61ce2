package city.civility.portal.news;

import java.time.Instant;
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

    /** Only the columns the index needs, in one query per page: a rebuild reads every public article. */
    @Override
    public List<SearchDocument> page(long afterId, int size) {
        return em.createQuery("SELECT a.id, r.title, r.subtitle, r.summary, r.body, r.tags, c.slug, c.name, a.firstPublishedAt"
                        + " FROM Article a JOIN a.publishedRevision r JOIN a.channel c WHERE a.id > :after ORDER BY a.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(size).getResultStream()
                .map(row -> document((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], (String) row[6], (String) row[7], (Instant) row[8]))
                .toList();
    }

    private static SearchDocument document(Article article) {
        ArticleRevision r = article.getPublishedRevision();
        return document(article.getId(), r.getTitle(), r.getSubtitle(), r.getSummary(), r.getBody(), r.getTags(),
                article.getChannel().getSlug(), article.getChannel().getName(), article.getFirstPublishedAt());
    }

    private static SearchDocument document(long id, String title, String subtitle, String summary, String body, String tags,
                                           String channelSlug, String channelName, Instant publishedAt) {
        return new SearchDocument(TYPE, id, subtitle == null || subtitle.isEmpty() ? title : title + " " + subtitle, summary,
                RichText.plainText(body), channelSlug, channelName,
                tags == null || tags.isBlank() ? List.of() : List.of(tags.split(",")), publishedAt, "/news/" + id);
    }
}
