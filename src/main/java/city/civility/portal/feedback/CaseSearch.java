package city.civility.portal.feedback;

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

/**
 * Public cases as the search index sees them: the problem, the place and the office's answer,
 * masked as on the public page; never the contact, an internal note or the resident's additions.
 */
@Stateless
@PermitAll
public class CaseSearch implements SearchSource {

    public static final String TYPE = "case";

    @PersistenceContext
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> find(long id) {
        return Optional.ofNullable(em.find(FeedbackCase.class, id)).filter(FeedbackCase::isPublic).map(c -> document(PublicCase.of(c)));
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM FeedbackCase c WHERE " + FeedbackService.PUBLIC, Long.class).getSingleResult();
    }

    @Override
    public List<SearchDocument> page(long afterId, int size) {
        return em.createQuery("SELECT c FROM FeedbackCase c WHERE " + FeedbackService.PUBLIC + " AND c.id > :after ORDER BY c.id", FeedbackCase.class)
                .setParameter("after", afterId).setMaxResults(size).getResultStream().map(c -> document(PublicCase.of(c))).toList();
    }

    private static SearchDocument document(PublicCase c) {
        String category = c.category().name(Languages.SIMPLIFIED);
        String kind = Texts.get(Languages.SIMPLIFIED, c.kind().messageKey());
        String body = c.answer() == null ? c.description() : c.description() + "\n" + c.answer();
        return new SearchDocument(TYPE, c.id(), kind + "：" + c.summary(), c.address() + " · " + category + " · " + c.department(), body,
                null, null, List.of(category, kind), c.receivedAt(), "/feedback/cases/" + c.trackingNumber());
    }
}
