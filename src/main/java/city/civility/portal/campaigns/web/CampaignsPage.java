package city.civility.portal.campaigns.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.campaigns.CampaignService;
import city.civility.portal.campaigns.PublicCampaign;

/** {@code /campaigns}: every public campaign, the newest voting first; and those voting now, on the home page. */
@Named
@RequestScoped
public class CampaignsPage {

    @Inject
    CampaignService campaigns;

    private List<PublicCampaign> all;

    @PostConstruct
    void load() {
        all = campaigns.campaigns();
    }

    public List<PublicCampaign> getCampaigns() {
        return all;
    }

    /** The campaigns voting now, for the home page. */
    public List<PublicCampaign> getVoting() {
        return all.stream().filter(PublicCampaign::isVoting).toList();
    }
}
