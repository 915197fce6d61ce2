package city.civility.portal.goodpeople;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.search.SearchDocument;
import city.civility.portal.search.SearchSource;

/**
 * Public good people as the search index sees them: the nominee, district, category and the
 * story as published (never the nominator). Searched in Simplified and Traditional alike,
 * as every document is.
 */
@Stateless
@PermitAll
public class GoodPersonSearch implements SearchSource {

    public static final String TYPE = "goodperson";
    private static final String PUBLIC = "g.moderation.status = city.civility.portal.platform.moderation.ModerationStatus.APPROVED AND g.moderation.hidden = FALSE";

    @PersistenceContext
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> find(long id) {
        return Optional.ofNullable(em.find(GoodPerson.class, id)).filter(GoodPerson::isPublic).map(g -> document(PublicEntry.of(g), g.getDecidedAt()));
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(g) FROM GoodPerson g WHERE " + PUBLIC, Long.class).getSingleResult();
    }

    @Override
    public List<SearchDocument> page(long afterId, int size) {
        return em.createQuery("SELECT g FROM GoodPerson g WHERE " + PUBLIC + " AND g.id > :after ORDER BY g.id", GoodPerson.class)
                .setParameter("after", afterId).setMaxResults(size).getResultStream()
                .map(g -> document(PublicEntry.of(g), g.getDecidedAt())).toList();
    }

    private static SearchDocument document(PublicEntry entry, Instant approvedAt) {
        String category = Texts.get(Languages.SIMPLIFIED, entry.category().messageKey());
        return new SearchDocument(TYPE, entry.id(), entry.nomineeName(), entry.district() + " · " + category, entry.story(),
                null, null, List.of(category), approvedAt, "/goodpeople/" + entry.id());
    }
}
