package city.civility.portal.goodpeople.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.goodpeople.GoodPeopleComments;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;
import city.civility.portal.platform.participation.web.FormRefusals;

/** The comment form on an entry's page: the comment waits for a moderator, and the resident is told so. */
@Named
@RequestScoped
public class CommentForm {

    /** Which field each broken rule is about, so its message stands next to it. */
    private static final Map<String, String> FIELDS = Map.of(
            "goodpeople.comment.author", "comment:author",
            "goodpeople.comment.length", "comment:text");

    @Inject
    GoodPeopleComments comments;

    @Inject
    EntryPage entryPage;

    @Inject
    ClientAddress clientAddress;

    private String author;
    private String text;
    private boolean sent;

    public void submit() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        try {
            comments.write(entryPage.getEntry().id(), author, text,
                    FormPass.of(request.getParameter("token"), request.getParameter("answer"), request, response), clientAddress.of(request));
            sent = true;
            author = null;
            text = null;
        } catch (RuleViolation broken) {
            FormRefusals.show(broken, FIELDS);
        } catch (TooManyRequests refused) {
            FormRefusals.show(refused);
        }
    }

    /** Whether a comment was just received (it shows once a moderator approved it). */
    public boolean isSent() {
        return sent;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
