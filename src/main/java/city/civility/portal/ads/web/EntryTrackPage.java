package city.civility.portal.ads.web;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.ads.AdCalls;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.TooManyRequests;

/** A sent work's status by its tracking number ({@code /ads/calls/track?number=}), for its sender. */
@Named
@RequestScoped
public class EntryTrackPage {

    @Inject
    AdCalls calls;

    @Inject
    ClientAddress clientAddress;

    private String number;
    private Optional<AdCalls.Tracked> found = Optional.empty();
    private long retryAfter;

    @PostConstruct
    void find() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        number = request.getParameter("number");
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            found = calls.track(number, clientAddress.of(request));
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

    public AdCalls.Tracked getEntry() {
        return found.orElse(null);
    }

    public long getRetryAfter() {
        return retryAfter;
    }

    public String getRetryMessage() {
        return Texts.get("limits.tooMany", String.valueOf(retryAfter));
    }
}
