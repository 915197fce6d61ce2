package city.civility.portal.campaigns.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.campaigns.CampaignService;
import city.civility.portal.campaigns.PublicCampaign;
import city.civility.portal.campaigns.PublicResults;

/**
 * {@code /campaigns/{slug}/results}: once published, the elected per category with their public
 * and jury parts, and every candidate's counted, set-aside and voided ballots; while voting,
 * the running tally if the campaign shows it. Null results: nothing to show yet.
 */
@Named
@RequestScoped
public class ResultsPage {

    @Inject
    CampaignService campaigns;

    private PublicResults results;

    @PostConstruct
    void load() {
        PublicCampaign campaign = (PublicCampaign) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(CampaignRoutes.CAMPAIGN);
        results = campaign == null ? null : campaigns.results(campaign.slug()).orElse(null);
    }

    public PublicResults getResults() {
        return results;
    }

    /** A bar's width in percent of the most chosen candidate's, for the chart. */
    public long barWidth(long votes) {
        long most = results.mostVotes();
        return most == 0 ? 0 : Math.round(100.0 * votes / most);
    }
}
