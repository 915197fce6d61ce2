package city.civility.portal.goodpeople;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.platform.SortBy;
import city.civility.portal.platform.moderation.ModerationSource;
import city.civility.portal.platform.moderation.ModerationStatus;

/** Nominations waiting for a reviewer, in the office's one moderation queue; each also has its own page. */
@ApplicationScoped
public class NominationsToModerate implements ModerationSource {

    @Inject
    GoodPeopleService goodPeople;

    @Override
    public String kindKey() {
        return "moderation.kind.nomination";
    }

    @Override
    public long waitingCount() {
        return goodPeople.count(ModerationStatus.PENDING, null);
    }

    @Override
    public List<Waiting> waiting(int max) {
        return goodPeople.queue(ModerationStatus.PENDING, null, 0, max, SortBy.NONE).stream()
                .map(g -> new Waiting(g.getId(), g.getNomineeName() + " · " + g.getTrackingNumber(), g.getStory(), g.getSubmittedAt(),
                        "/admin/nomination.xhtml?id=" + g.getId()))
                .toList();
    }

    @Override
    public void approve(long id) {
        goodPeople.approve(id);
    }

    @Override
    public void reject(long id, String reason) {
        goodPeople.reject(id, reason);
    }
}
