package city.civility.portal.goodpeople.web;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.Tracked;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;

/**
 * A nomination's status by its tracking number ({@code /goodpeople/track?number=}), for its
 * nominator, who answers there when the office asks for more.
 */
@Named
@RequestScoped
public class TrackView {

    @Inject
    GoodPeopleService goodPeople;

    @Inject
    ClientAddress clientAddress;

    private String number;
    private Optional<Tracked> found = Optional.empty();
    private long retryAfter;
    private String answer;
    private boolean answered;

    @PostConstruct
    void find() {
        number = request().getParameter("number");
        // Also on the answer's postback: the answer form is there only for a nomination awaiting one.
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            found = goodPeople.track(number, clientAddress.of(request()));
        } catch (TooManyRequests refused) {
            refuse(refused);
        }
    }

    /** Sends the nominator's answer, then shows the nomination as it now stands. */
    public void sendAnswer() {
        HttpServletRequest request = request();
        try {
            found = Optional.of(goodPeople.answer(number, answer, FormPass.of(request.getParameter("token"), request.getParameter("answer"),
                    request, (HttpServletResponse) external().getResponse()), clientAddress.of(request)));
            answered = true;
            answer = null;
        } catch (RuleViolation broken) {
            Texts.fieldError("reply:text", broken.messageKey(), broken.args());
        } catch (TooManyRequests refused) {
            refuse(refused);
        }
    }

    private void refuse(TooManyRequests refused) {
        retryAfter = refused.retryAfterSeconds();
        HttpServletResponse response = (HttpServletResponse) external().getResponse();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    public String getNumber() {
        return number;
    }

    public boolean isAsked() {
        return number != null && !number.isBlank();
    }

    public Tracked getNomination() {
        return found.orElse(null);
    }

    public long getRetryAfter() {
        return retryAfter;
    }

    public String getRetryMessage() {
        return Texts.get("limits.tooMany", String.valueOf(retryAfter));
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
