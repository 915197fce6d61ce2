package city.civility.portal.feedback.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.feedback.PublicCase;
import city.civility.portal.platform.web.PageNumber;

/** The 曝光台 ({@code /exposure}): confirmed 随手拍 of uncivil behaviour with their blurred photo, {@value #PAGE_SIZE} a page, newest first. */
@Named
@RequestScoped
public class ExposurePage {

    static final int PAGE_SIZE = 12;

    @Inject
    FeedbackService feedback;

    private PageNumber page;
    private List<PublicCase> cases;

    @PostConstruct
    void read() {
        // The page's request, not the container's: it has only the parameters the page cache keys by.
        page = PageNumber.of(Faces.getRequest().getParameter("page"), feedback.countExposures(), PAGE_SIZE);
        cases = feedback.exposures(page.first(), PAGE_SIZE);
    }

    public List<PublicCase> getCases() {
        return cases;
    }

    public int getPage() {
        return page.page();
    }

    public long getPages() {
        return page.pages();
    }
}
