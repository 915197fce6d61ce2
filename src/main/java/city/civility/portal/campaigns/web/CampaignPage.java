package city.civility.portal.campaigns.web;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.campaigns.CampaignEvent;
import city.civility.portal.campaigns.CampaignService;
import city.civility.portal.campaigns.Phase;
import city.civility.portal.campaigns.PublicCampaign;
import city.civility.portal.campaigns.Voting;
import city.civility.portal.platform.i18n.Texts;

/**
 * One campaign's public pages: {@code /campaigns/{slug}} (its phase, dates, rules and, from
 * 公示 on, its candidates), a candidate's page and a ballot's receipt. The campaign comes from
 * {@link CampaignRoutes}.
 */
@Named
@RequestScoped
public class CampaignPage {

    @Inject
    CampaignService campaigns;

    private PublicCampaign campaign;
    private PublicCampaign.Candidate candidate;
    private Voting.Receipt receipt;
    private List<CampaignEvent> timeline;

    @PostConstruct
    void load() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        campaign = (PublicCampaign) request.get(CampaignRoutes.CAMPAIGN);
        candidate = (PublicCampaign.Candidate) request.get(CampaignRoutes.CANDIDATE);
        receipt = (Voting.Receipt) request.get(CampaignRoutes.RECEIPT);
    }

    public PublicCampaign getCampaign() {
        return campaign;
    }

    public PublicCampaign.Candidate getCandidate() {
        return candidate;
    }

    public Voting.Receipt getReceipt() {
        return receipt;
    }

    /** Every phase after the draft, for the campaign's timeline. */
    public List<Phase> getPhases() {
        return List.of(Phase.NOMINATIONS, Phase.REVIEW, Phase.NOTICE, Phase.VOTING, Phase.COUNTING, Phase.RESULTS, Phase.ARCHIVED);
    }

    /** The extensions of phases, with their reasons, as the office recorded them. */
    public List<CampaignEvent> getExtensions() {
        if (timeline == null) {
            timeline = campaigns.timeline(campaign.slug()).stream().filter(e -> e.getKind() == CampaignEvent.Kind.PHASE_EXTENDED).toList();
        }
        return timeline;
    }

    /** A photo's text for those who cannot see it: whose photo, and which. */
    public String photoAlt(int index) {
        return Texts.get("campaigns.candidate.photoAlt", candidate.name(), String.valueOf(index + 1));
    }

    /** The category's name in the page's language: the bundle's for the national ones, the office's for its own. */
    public String categoryName(String code, String name) {
        String key = "campaigns.category." + code;
        String translated = Texts.get(key);
        return translated.startsWith("???") ? name : translated;
    }
}
