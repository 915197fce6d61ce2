package city.civility.portal.ads;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.search.SearchDocument;
import city.civility.portal.search.SearchSource;

/** Published ads as the search index sees them: title, theme, format, producer, what the ad shows and its tags. */
@Stateless
@PermitAll
public class AdSearch implements SearchSource {

    public static final String TYPE = "ad";

    @PersistenceContext
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> find(long id) {
        return Optional.ofNullable(em.find(Ad.class, id)).filter(Ad::isPublic).map(AdSearch::document);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Ad a WHERE " + AdService.PUBLIC, Long.class).getSingleResult();
    }

    @Override
    public List<SearchDocument> page(long afterId, int size) {
        return em.createQuery("SELECT a FROM Ad a WHERE " + AdService.PUBLIC + " AND a.id > :after ORDER BY a.id", Ad.class)
                .setParameter("after", afterId).setMaxResults(size).getResultStream().map(AdSearch::document).toList();
    }

    private static SearchDocument document(Ad ad) {
        String theme = ad.getTheme().name(Languages.SIMPLIFIED);
        String format = Texts.get(Languages.SIMPLIFIED, ad.getFormat().messageKey());
        List<String> tags = new ArrayList<>(List.of(theme, format));
        tags.addAll(ad.tagList());
        return new SearchDocument(TYPE, ad.getId(), ad.getTitle(), theme + " · " + format + " · " + ad.getProducer() + " · " + ad.getYear(),
                ad.getDescription() + "\n" + ad.getAltText(), null, null, tags, ad.getPublishedAt(), "/ads/" + ad.getId());
    }
}
