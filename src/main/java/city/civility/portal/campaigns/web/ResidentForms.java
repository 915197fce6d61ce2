package city.civility.portal.campaigns.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.campaigns.CampaignService;
import city.civility.portal.campaigns.Objections;
import city.civility.portal.campaigns.PublicCampaign;
import city.civility.portal.campaigns.PublicNomination;
import city.civility.portal.campaigns.PublicNominations;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;

/**
 * What residents send to a campaign besides their ballot, for {@link CampaignRoutes}: an
 * objection to a candidate during 公示 (posted to the candidate's page), a nomination while the
 * campaign takes them, and the tracking pages of both. Plain forms, as the ballot is: one
 * service call; a refusal shows the page again (422) with the reason next to its field and
 * what was typed; an accepted form answers 303 to its tracking page, read after the commit.
 */
@ApplicationScoped
public class ResidentForms {

    static final String REFUSAL = "residentRefusal";
    static final String TYPED = "residentTyped";
    static final String TRACKED = "residentTracked";

    /** The fields the forms carry back when refused (never the token). */
    private static final List<String> OBJECTION_FIELDS = List.of("objector", "grounds", "contact", "contactProof");
    private static final List<String> NOMINATION_FIELDS = List.of("category", "nominee", "district", "story", "consent", "nominator", "contact",
            "contactProof");
    /** The refusals that belong to a field, for the page to show them beside it. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("campaigns.objection.nameInvalid", "objector"),
            Map.entry("campaigns.objection.groundsLength", "grounds"),
            Map.entry("campaigns.objection.contactUnverified", "contact"),
            Map.entry("campaigns.objection.tooManyToday", "contact"),
            Map.entry("campaigns.publicNomination.categoryInvalid", "category"),
            Map.entry("campaigns.nominee.name", "nominee"),
            Map.entry("campaigns.nominee.district", "district"),
            Map.entry("campaigns.nominee.story", "story"),
            Map.entry("campaigns.publicNomination.consentRequired", "consent"),
            Map.entry("campaigns.publicNomination.nominatorInvalid", "nominator"),
            Map.entry("campaigns.publicNomination.contactUnverified", "contact"),
            Map.entry("campaigns.publicNomination.tooManyToday", "contact"));

    @Inject
    CampaignService campaigns;

    @Inject
    Objections objections;

    @Inject
    PublicNominations nominations;

    @Inject
    ClientAddress clientAddress;

    /** An objection to candidate {@code number}, posted to the candidate's page. */
    void object(String slug, int number, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<PublicCampaign.Candidate> candidate = campaigns.candidate(slug, number);
        if (candidate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Objections.Form form = new Objections.Form(request.getParameter("objector"), request.getParameter("grounds"),
                request.getParameter("contactProof"));
        try {
            String tracking = objections.file(slug, number, form, pass(request, response), clientAddress.of(request));
            accepted(request, response, "/campaigns/" + slug + "/objections/" + tracking + "?filed");
            return;
        } catch (RuleViolation refused) {
            refuse(request, response, refused);
        } catch (TooManyRequests refused) {
            refuse(request, response, refused);
        }
        request.setAttribute(CampaignRoutes.CANDIDATE, candidate.get());
        showAgain(slug, "candidate", OBJECTION_FIELDS, request, response);
    }

    /** A resident's nomination, posted to the campaign's nomination page. */
    void nominate(String slug, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        PublicNomination.Form form = new PublicNomination.Form(request.getParameter("category"), request.getParameter("nominee"),
                request.getParameter("district"), request.getParameter("story"), request.getParameter("consent") != null,
                request.getParameter("nominator"), request.getParameter("contactProof"));
        try {
            String tracking = nominations.nominate(slug, form, pass(request, response), clientAddress.of(request));
            accepted(request, response, "/campaigns/" + slug + "/nominations/" + tracking + "?sent");
            return;
        } catch (RuleViolation refused) {
            refuse(request, response, refused);
        } catch (TooManyRequests refused) {
            refuse(request, response, refused);
        }
        showAgain(slug, "nominate", NOMINATION_FIELDS, request, response);
    }

    /** The tracking page of an objection ({@code kind} objections) or a nomination (nominations). */
    void track(String slug, String kind, String number, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<PublicCampaign> campaign = campaigns.campaign(slug);
        Optional<?> tracked;
        try {
            tracked = campaign.isEmpty() ? Optional.empty()
                    : kind.equals("objections") ? objections.track(slug, number, clientAddress.of(request))
                    : nominations.track(slug, number, clientAddress.of(request));
        } catch (TooManyRequests refused) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            response.sendError(429);
            return;
        }
        campaign.ifPresent(c -> request.setAttribute(CampaignRoutes.CAMPAIGN, c));
        CampaignRoutes.show(tracked, TRACKED, kind.equals("objections") ? "objection" : "nomination", request, response);
    }

    private static FormPass pass(HttpServletRequest request, HttpServletResponse response) {
        return FormPass.of(request.getParameter("token"), request.getParameter("answer"), request, response);
    }

    private static void accepted(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, RuleViolation refused) {
        response.setStatus(422);
        request.setAttribute(REFUSAL, new ResidentFormPage.Refusal(Texts.get(Languages.of(request), refused.messageKey(), refused.args()),
                FIELDS.get(refused.messageKey())));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, TooManyRequests refused) {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        request.setAttribute(REFUSAL, new ResidentFormPage.Refusal(Texts.get(Languages.of(request), "limits.tooMany",
                String.valueOf(refused.retryAfterSeconds())), null));
    }

    /** The form's page again, with the refusal and what was typed. */
    private void showAgain(String slug, String view, List<String> fields, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<PublicCampaign> campaign = campaigns.campaign(slug);
        if (campaign.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach(name -> typed.put(name, request.getParameter(name)));
        request.setAttribute(CampaignRoutes.CAMPAIGN, campaign.get());
        request.setAttribute(TYPED, typed);
        CampaignRoutes.forward(view, request, response);
    }
}
