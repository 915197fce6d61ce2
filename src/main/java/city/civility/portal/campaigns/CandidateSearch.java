package city.civility.portal.campaigns;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.search.SearchDocument;
import city.civility.portal.search.SearchSource;

/**
 * Candidates as the search index sees them (type {@code candidate}), from their campaign's
 * 公示 on: number, name, district, category and story, under the campaign's title.
 */
@Stateless
@PermitAll
public class CandidateSearch implements SearchSource {

    public static final String TYPE = "candidate";
    private static final String SHOWN = "n.status IN (city.civility.portal.campaigns.NomineeStatus.PASSED,"
            + " city.civility.portal.campaigns.NomineeStatus.WITHDRAWN) AND n.campaign.launchedAt IS NOT NULL";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> find(long id) {
        return Optional.ofNullable(em.find(Nominee.class, id)).filter(n -> n.isPublicAt(clock.now())).map(CandidateSearch::document);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(n) FROM Nominee n WHERE " + SHOWN, Long.class).getSingleResult();
    }

    @Override
    public List<SearchDocument> page(long afterId, int size) {
        // Those not public yet (before 公示) are skipped here and indexed when the phase moves.
        return em.createQuery("SELECT n FROM Nominee n WHERE " + SHOWN + " AND n.id > :after ORDER BY n.id", Nominee.class)
                .setParameter("after", afterId).setMaxResults(size).getResultStream()
                .filter(n -> n.isPublicAt(clock.now())).map(CandidateSearch::document).toList();
    }

    private static SearchDocument document(Nominee n) {
        Campaign campaign = n.getCampaign();
        return new SearchDocument(TYPE, n.getId(), n.getNumberText() + " " + n.getName(),
                campaign.getTitle() + " · " + n.getCategory().getName() + " · " + n.getDistrict(), n.getStory(), null, null,
                List.of(n.getCategory().getName()), campaign.starts().get(Phase.NOTICE),
                "/campaigns/" + campaign.getSlug() + "/candidates/" + n.getNumberText());
    }
}
