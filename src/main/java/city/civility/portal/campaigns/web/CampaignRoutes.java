package city.civility.portal.campaigns.web;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.campaigns.CampaignService;
import city.civility.portal.campaigns.Voting;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;
import city.civility.portal.platform.publicsite.PublicPageCache;

/**
 * The public addresses of 道德模范 campaigns: {@code /campaigns}, {@code /campaigns/{slug}} (in its
 * current phase), {@code /campaigns/{slug}/candidates/{number}}, {@code /campaigns/{slug}/vote}
 * (the ballot, which posts back here), {@code /campaigns/{slug}/ballots/{number}} (a receipt:
 * the ballot's status only) and {@code /campaigns/{slug}/results}; what residents send besides
 * their ballot ({@link ResidentForms}): an objection posted to a candidate's page during 公示,
 * a nomination posted to {@code /campaigns/{slug}/nominate}, and their tracking pages
 * {@code /campaigns/{slug}/objections/{number}} and {@code /campaigns/{slug}/nominations/{number}}.
 * <p>
 * The ballot is a plain form handled here, not a JSF postback: casting is one service call,
 * light enough for a city voting at once; a refused ballot shows the page again with the
 * reason and the voter's choices kept.
 */
@WebServlet({"/campaigns", "/campaigns/*"})
public class CampaignRoutes extends HttpServlet {

    static final String CAMPAIGN = "campaign";
    static final String CANDIDATE = "candidate";
    static final String RECEIPT = "receipt";
    static final String REFUSAL = "ballotRefusal";
    static final String CHOSEN = "ballotChosen";
    static final String PROOF = "ballotProof";
    private static final String VIEWS = "/WEB-INF/views/campaigns/";
    private static final Pattern PAGE = Pattern.compile("/([a-z0-9][a-z0-9-]{1,63})(/vote|/results|/nominate|/candidates/([0-9]{1,4})"
            + "|/ballots/([0-9A-Za-z-]{1,20})|/(objections|nominations)/([0-9A-Za-z-]{1,24}))?/?");
    /** The refusals that belong to a field of the ballot, for the page to point at it. */
    private static final Map<String, String> FIELDS = Map.of("campaigns.vote.phoneUnverified", "contact",
            "campaigns.vote.idInvalid", "id-number", "campaigns.vote.idOtherPhone", "id-number");

    @Inject
    CampaignService campaigns;

    @Inject
    Voting voting;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ResidentForms residentForms;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (path.isEmpty() || path.equals("/")) {
            if (post) {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            } else {
                forward("index", request, response);
            }
            return;
        }
        Matcher page = PAGE.matcher(path);
        if (!page.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = page.group(1);
        String part = page.group(2) == null ? "" : page.group(2);
        if (post) {
            if (part.equals("/vote")) {
                cast(slug, request, response); // reads the campaign only to show a refused ballot again
            } else if (page.group(3) != null) {
                residentForms.object(slug, Integer.parseInt(page.group(3)), request, response);
            } else if (part.equals("/nominate")) {
                residentForms.nominate(slug, request, response);
            } else {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
            return;
        }
        if (page.group(5) != null) {
            residentForms.track(slug, page.group(5), page.group(6), request, response);
            return;
        }
        var campaign = campaigns.campaign(slug);
        if (campaign.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(CAMPAIGN, campaign.get());
        if (part.isEmpty()) {
            forward("campaign", request, response);
        } else if (part.equals("/vote")) {
            forward("vote", request, response);
        } else if (part.equals("/results")) {
            // Not in the page cache (the tally moves with the ballots), but the same for every reader of a language and at most
            // seconds old anyway: a shared cache in front (nginx) may answer for a second, so a city's readers never queue with its voters.
            response.setHeader("Cache-Control", PublicPageCache.SHARED);
            forward("results", request, response);
        } else if (part.equals("/nominate")) {
            forward("nominate", request, response);
        } else if (page.group(3) != null) {
            show(campaigns.candidate(slug, Integer.parseInt(page.group(3))), CANDIDATE, "candidate", request, response);
        } else {
            receipt(slug, page.group(4), request, response);
        }
    }

    private void cast(String slug, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String[] sent = request.getParameterValues("pick");
        Set<Long> picks = new LinkedHashSet<>();
        int asked = 0;
        for (String pick : sent == null ? new String[0] : sent) {
            asked++;
            if (pick.matches("[0-9]{1,18}")) {
                picks.add(Long.parseLong(pick));
            }
        }
        String proof = request.getParameter("contactProof");
        Voting.BallotForm form = new Voting.BallotForm(picks, asked, proof, request.getParameter("idNumber"));
        FormPass pass = FormPass.of(request.getParameter("token"), request.getParameter("answer"), request, response);
        Locale language = Languages.of(request);
        try {
            Voting.Receipt receipt = voting.cast(slug, form, pass, clientAddress.of(request));
            // Acknowledged after the commit: the receipt page reads the ballot back.
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/campaigns/" + slug + "/ballots/" + receipt.number() + "?cast");
            return;
        } catch (RuleViolation refused) {
            response.setStatus(422);
            request.setAttribute(REFUSAL, new BallotPage.Refusal(Texts.get(language, refused.messageKey(), refused.args()),
                    FIELDS.get(refused.messageKey())));
        } catch (TooManyRequests refused) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            request.setAttribute(REFUSAL, new BallotPage.Refusal(Texts.get(language, "limits.tooMany", String.valueOf(refused.retryAfterSeconds())), null));
        }
        var campaign = campaigns.campaign(slug);
        if (campaign.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(CAMPAIGN, campaign.get());
        request.setAttribute(CHOSEN, picks);
        request.setAttribute(PROOF, proof);
        forward("vote", request, response);
    }

    private void receipt(String slug, String number, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<Voting.Receipt> receipt;
        try {
            receipt = voting.receipt(slug, number, clientAddress.of(request));
        } catch (TooManyRequests refused) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            response.sendError(429);
            return;
        }
        show(receipt, RECEIPT, "receipt", request, response);
    }

    static void show(Optional<?> found, String attribute, String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(attribute, found.get());
        forward(view, request, response);
    }

    static void forward(String view, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher(VIEWS + view + ".xhtml").forward(request, response);
    }
}
