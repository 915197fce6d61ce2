package city.civility.portal.campaigns.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.campaigns.Campaign;
import city.civility.portal.campaigns.CampaignOffice;
import city.civility.portal.campaigns.Phase;
import city.civility.portal.platform.PortalClock;

/** {@code /admin/campaigns.xhtml}: every campaign, drafts too, with the phase its dates put it in. */
@Named
@RequestScoped
public class CampaignsDesk {

    @Inject
    CampaignOffice office;

    @Inject
    PortalClock clock;

    private List<Campaign> campaigns;

    public List<Campaign> getCampaigns() {
        if (campaigns == null) {
            campaigns = office.campaigns();
        }
        return campaigns;
    }

    public Phase phaseOf(Campaign campaign) {
        return campaign.phaseAt(clock.now());
    }
}
