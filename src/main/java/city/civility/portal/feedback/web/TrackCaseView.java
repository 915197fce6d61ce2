package city.civility.portal.feedback.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.feedback.TrackedCase;
import city.civility.portal.media.web.FileParts;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;

/**
 * A case's status page ({@code /feedback/track/{number}?key=}), for its resident: the timeline
 * and deadline, and the forms for what they may do now (add to it, rate the answer, reopen it).
 * The secret comes with every form as the hidden field {@code key}.
 */
@Named
@RequestScoped
public class TrackCaseView {

    @Inject
    FeedbackService feedback;

    @Inject
    ClientAddress clientAddress;

    private String number;
    private String key;
    private Optional<TrackedCase> found = Optional.empty();
    private long retryAfter;
    private String done;
    private String information;
    private List<Part> photos = List.of();
    private Integer stars;
    private String comment;
    private String reason;

    @PostConstruct
    void find() {
        number = (String) request().getAttribute(FeedbackRoutes.NUMBER);
        key = request().getParameter("key");
        try {
            found = feedback.track(number, key, clientAddress.of(request()));
        } catch (TooManyRequests refused) {
            refuse(refused);
        }
        if (found.isEmpty() && retryAfter == 0) {
            ((HttpServletResponse) external().getResponse()).setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void addInformation() {
        act("feedback.track.added", "information:text", pass -> {
            try {
                return feedback.addInformation(number, key, information, FileParts.uploads(photos), pass, clientAddress.of(request()));
            } catch (IOException e) {
                throw new RuleViolation("feedback.photo.unreadable");
            }
        });
        information = null;
    }

    public void rate() {
        act("feedback.track.rated", "rating:stars",
                pass -> feedback.rate(number, key, stars == null ? 0 : stars, comment, pass, clientAddress.of(request())));
    }

    public void reopen() {
        act("feedback.track.reopened", "reopen:reason", pass -> feedback.reopen(number, key, reason, pass, clientAddress.of(request())));
        reason = null;
    }

    /** One follow-up: the case as it now stands and a word that it worked, or the refusal next to its field. */
    private void act(String doneKey, String field, Function<FormPass, TrackedCase> call) {
        HttpServletRequest request = request();
        try {
            found = Optional.of(call.apply(FormPass.of(request.getParameter("token"), request.getParameter("answer"), request,
                    (HttpServletResponse) external().getResponse())));
            done = doneKey;
        } catch (RuleViolation broken) {
            Texts.fieldError(field, broken.messageKey(), broken.args());
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

    public TrackedCase getTracked() {
        return found.orElse(null);
    }

    public String getKey() {
        return key;
    }

    public long getRetryAfter() {
        return retryAfter;
    }

    public String getRetryMessage() {
        return Texts.get("limits.tooMany", String.valueOf(retryAfter));
    }

    /** What the last follow-up did, as a message key (null when nothing was sent). */
    public String getDone() {
        return done;
    }

    public String getInformation() {
        return information;
    }

    public void setInformation(String information) {
        this.information = information;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos == null ? List.of() : photos;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
