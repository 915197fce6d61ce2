package city.civility.portal.feedback.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.feedback.CaseKind;
import city.civility.portal.feedback.CaseOffice;
import city.civility.portal.feedback.CaseState;
import city.civility.portal.feedback.FeedbackCase;
import city.civility.portal.feedback.FeedbackCategory;
import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.web.PagedModel;

/** The case officers' inbox ({@code /admin/cases.xhtml}): cases awaiting an answer, those due first, filtered and sortable. */
@Named
@ViewScoped
public class CasesView implements Serializable {

    @Inject
    transient CaseOffice office;

    @Inject
    transient FeedbackService feedback;

    @Inject
    transient PortalClock clock;

    private CaseState state;
    private CaseKind kind;
    private String category;
    private String department;
    private boolean overdue;
    private boolean dueSoon;
    private List<FeedbackCategory> categories;
    private List<String> departments;

    private final PagedModel<FeedbackCase> cases = new PagedModel<>(
            (first, size, order) -> office.inbox(filter(), first, size, order),
            () -> office.count(filter()),
            FeedbackCase::getId);

    private CaseOffice.InboxFilter filter() {
        return new CaseOffice.InboxFilter(state, kind, category == null || category.isEmpty() ? null : category,
                department == null || department.isEmpty() ? null : department, overdue, dueSoon);
    }

    public PagedModel<FeedbackCase> getCases() {
        return cases;
    }

    public boolean overdue(FeedbackCase c) {
        return c.isOverdue(now());
    }

    private Instant now() {
        return clock.now();
    }

    public List<CaseState> getStates() {
        return Arrays.asList(CaseState.values());
    }

    public List<CaseKind> getKinds() {
        return Arrays.asList(CaseKind.values());
    }

    /** Read once a view, for the filters. */
    public List<FeedbackCategory> getCategories() {
        if (categories == null) {
            categories = feedback.categories();
        }
        return categories;
    }

    public List<String> getDepartments() {
        if (departments == null) {
            departments = office.departments();
        }
        return departments;
    }

    public CaseState getState() {
        return state;
    }

    public void setState(CaseState state) {
        this.state = state;
    }

    public CaseKind getKind() {
        return kind;
    }

    public void setKind(CaseKind kind) {
        this.kind = kind;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isDueSoon() {
        return dueSoon;
    }

    public void setDueSoon(boolean dueSoon) {
        this.dueSoon = dueSoon;
    }
}
