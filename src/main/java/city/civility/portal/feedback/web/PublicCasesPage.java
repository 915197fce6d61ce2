package city.civility.portal.feedback.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

import city.civility.portal.feedback.CaseState;
import city.civility.portal.feedback.FeedbackCategory;
import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.feedback.PublicCase;
import city.civility.portal.platform.web.PageNumber;

/** The public cases on {@code /feedback} ({@value #PAGE_SIZE} a page, newest first), by category and state (?category=&state=&page=). */
@Named
@RequestScoped
public class PublicCasesPage {

    static final int PAGE_SIZE = 20;
    /** The states a public case can be in. */
    private static final List<CaseState> PUBLIC_STATES = List.of(CaseState.ACCEPTED, CaseState.IN_PROGRESS, CaseState.ANSWERED, CaseState.CLOSED);

    @Inject
    FeedbackService feedback;

    private List<FeedbackCategory> categories;
    private String category;
    private CaseState state;
    private PageNumber page;
    private List<PublicCase> cases;

    @PostConstruct
    void read() {
        HttpServletRequest request = Faces.getRequest(); // the page's, not the container's: it has only the parameters the page cache keys by
        categories = feedback.categories();
        String asked = request.getParameter("category");
        category = categories.stream().map(FeedbackCategory::getCode).filter(c -> c.equals(asked)).findFirst().orElse(null);
        String askedState = request.getParameter("state");
        state = PUBLIC_STATES.stream().filter(s -> s.name().equals(askedState)).findFirst().orElse(null);
        page = PageNumber.of(request.getParameter("page"), feedback.countPublic(category, state), PAGE_SIZE);
        cases = feedback.publicCases(category, state, page.first(), PAGE_SIZE);
    }

    public List<PublicCase> getCases() {
        return cases;
    }

    public List<FeedbackCategory> getCategories() {
        return categories;
    }

    public List<CaseState> getStates() {
        return PUBLIC_STATES;
    }

    public String getCategory() {
        return category;
    }

    public String getState() {
        return state == null ? null : state.name();
    }

    public int getPage() {
        return page.page();
    }

    public long getPages() {
        return page.pages();
    }

    /** The list's address for another page, keeping the filters. */
    public String pageAddress(int number) {
        StringBuilder query = new StringBuilder("?page=").append(number);
        if (category != null) {
            query.append("&category=").append(category);
        }
        if (state != null) {
            query.append("&state=").append(state.name());
        }
        return query.toString();
    }
}
