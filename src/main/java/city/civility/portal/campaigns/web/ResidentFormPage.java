package city.civility.portal.campaigns.web;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What the objection form (on a candidate's page), the nomination form and their tracking
 * pages show ({@link ResidentForms}): a refusal beside the field it is about, what the resident
 * typed, and what they follow by tracking number.
 */
@Named("residentForm")
@RequestScoped
public class ResidentFormPage {

    /** Why a form was refused, in the resident's language, and the field it is about (null: the whole form). */
    public record Refusal(String message, String field) {
    }

    private Refusal refusal;
    private Map<String, String> typed = Map.of();
    private Object tracked;

    @PostConstruct
    @SuppressWarnings("unchecked")
    void load() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        refusal = (Refusal) request.get(ResidentForms.REFUSAL);
        if (request.get(ResidentForms.TYPED) != null) {
            typed = (Map<String, String>) request.get(ResidentForms.TYPED);
        }
        tracked = request.get(ResidentForms.TRACKED);
    }

    public Refusal getRefusal() {
        return refusal;
    }

    /** The refusal's message when it is about {@code field}, to be said beside it. */
    public String refusalOf(String field) {
        return refusal != null && field.equals(refusal.field()) ? refusal.message() : null;
    }

    /** The field's description ids: its own, and its error message when it has one. */
    public String describedBy(String field, String others) {
        String error = refusalOf(field) == null ? "" : field + "-error";
        String ids = (others + " " + error).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** {@code true} for the field a refusal is about (aria-invalid), else nothing. */
    public String invalid(String field) {
        return refusalOf(field) == null ? null : "true";
    }

    /** What the resident typed in {@code field} before a refusal. */
    public String typed(String field) {
        String value = typed.get(field);
        return value == null ? "" : value;
    }

    /** The contact's proof from a refused form, so the resident need not verify it again. */
    public String getProof() {
        String proof = typed("contactProof");
        return proof.matches("[A-Za-z0-9_.-]{1,700}") ? proof : "";
    }

    /** The objection or nomination the tracking page shows. */
    public Object getTracked() {
        return tracked;
    }
}
