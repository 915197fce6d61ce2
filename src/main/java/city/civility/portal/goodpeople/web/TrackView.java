package city.civility.portal.goodpeople.web;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.GoodPerson;
import city.civility.portal.goodpeople.NominationEvent;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.TooManyRequests;

/** A nomination's status by its tracking number ({@code /goodpeople/track?number=}), for its nominator. */
@Named
@RequestScoped
public class TrackView {

    @Inject
    GoodPeopleService goodPeople;

    @Inject
    ClientAddress clientAddress;

    private String number;
    private Optional<GoodPerson> found = Optional.empty();
    private long retryAfter;

    @PostConstruct
    void find() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        number = request.getParameter("number");
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            found = goodPeople.track(number, clientAddress.of(request));
        } catch (TooManyRequests refused) {
            retryAfter = refused.retryAfterSeconds();
            HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(retryAfter));
        }
    }

    public String getNumber() {
        return number;
    }

    public boolean isAsked() {
        return number != null && !number.isBlank();
    }

    public GoodPerson getNomination() {
        return found.orElse(null);
    }

    public long getRetryAfter() {
        return retryAfter;
    }

    public String getRetryMessage() {
        return Texts.get("limits.tooMany", String.valueOf(retryAfter));
    }

    /** What the nominator sees of the history: every step, with the office's notes to them. */
    public List<NominationEvent> getEvents() {
        return found.map(GoodPerson::getEvents).orElse(List.of());
    }
}
