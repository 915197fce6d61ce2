package city.civility.portal.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.feedback.PublicCase;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;

/** A public case ({@code /feedback/cases/{number}}), where another resident with the same problem says "mine too". */
@Named
@RequestScoped
public class CasePage {

    @Inject
    FeedbackService feedback;

    @Inject
    ClientAddress clientAddress;

    private PublicCase shown;
    private Integer supporters;

    @PostConstruct
    void read() {
        shown = (PublicCase) request().getAttribute(FeedbackRoutes.PUBLIC_CASE);
    }

    public void support() {
        HttpServletRequest request = request();
        try {
            supporters = feedback.support(shown.trackingNumber(), FormPass.of(request.getParameter("token"), request.getParameter("answer"),
                    request, (HttpServletResponse) external().getResponse()), clientAddress.of(request));
        } catch (RuleViolation broken) {
            Texts.error(broken.messageKey(), broken.args());
        } catch (TooManyRequests refused) {
            Texts.error("limits.tooMany", String.valueOf(refused.retryAfterSeconds()));
        }
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    public PublicCase getPublicCase() {
        return shown;
    }

    /** The count after this visitor's "mine too"; null before. */
    public Integer getSupporters() {
        return supporters;
    }
}
