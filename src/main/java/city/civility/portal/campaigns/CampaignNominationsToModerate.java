package city.civility.portal.campaigns;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.platform.moderation.ModerationSource;

/** Residents' nominations for 道德模范 campaigns, decided in the office's one moderation queue. */
@ApplicationScoped
public class CampaignNominationsToModerate implements ModerationSource {

    @Inject
    PublicNominations nominations;

    @Override
    public String kindKey() {
        return "moderation.kind.campaignNomination";
    }

    @Override
    public long waitingCount() {
        return nominations.waitingCount();
    }

    @Override
    public List<Waiting> waiting(int max) {
        // No page of its own: the queue shows everything there is to decide on (the nominator stays private).
        return nominations.waiting(max).stream()
                .map(n -> new Waiting(n.getId(), n.getNomineeName() + " · " + n.getCategory().getName() + " · " + n.getDistrict() + " · "
                        + n.getCampaign().getTitle() + " · " + n.getTrackingNumber(), n.getStory(), n.getSubmittedAt(), null))
                .toList();
    }

    @Override
    public void approve(long id) {
        nominations.approve(id);
    }

    @Override
    public void reject(long id, String reason) {
        nominations.reject(id, reason);
    }
}
