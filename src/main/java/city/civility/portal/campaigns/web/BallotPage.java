package city.civility.portal.campaigns.web;

import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * {@code /campaigns/{slug}/vote}: the ballot. Shown the same to everyone (and cached) until a
 * refused ballot comes back to it, with the reason, the voter's choices and their verified phone.
 */
@Named
@RequestScoped
public class BallotPage {

    /** Why a ballot was refused, in the voter's language, and the field it is about (null: the whole ballot). */
    public record Refusal(String message, String field) {
    }

    private Refusal refusal;
    private Set<Long> chosen = Set.of();
    private String proof;

    @PostConstruct
    @SuppressWarnings("unchecked")
    void load() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        refusal = (Refusal) request.get(CampaignRoutes.REFUSAL);
        if (request.get(CampaignRoutes.CHOSEN) != null) {
            chosen = (Set<Long>) request.get(CampaignRoutes.CHOSEN);
        }
        proof = (String) request.get(CampaignRoutes.PROOF);
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public boolean isChosen(long candidateId) {
        return chosen.contains(candidateId);
    }

    /** The phone's proof from a refused ballot, so the voter need not verify it again. */
    public String getProof() {
        return proof == null || !proof.matches("[A-Za-z0-9_.-]{1,700}") ? "" : proof;
    }
}
