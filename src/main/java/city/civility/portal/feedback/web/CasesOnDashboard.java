package city.civility.portal.feedback.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.feedback.CaseOffice;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.web.DashboardPanel;

/** Complaints and suggestions on the staff dashboard: what waits, what is overdue, and the oldest waiting case, red once overdue. */
@Named
@RequestScoped
public class CasesOnDashboard implements DashboardPanel {

    @Inject
    CaseOffice office;

    private CaseOffice.Backlog backlog;

    @Override
    public String titleKey() {
        return "feedback.office.panel";
    }

    @Override
    public String facelet() {
        return "/WEB-INF/templates/feedback-dashboard.xhtml";
    }

    @Override
    public Set<String> roles() {
        return Set.of(StaffRoles.CASE_OFFICER, StaffRoles.ADMIN);
    }

    @Override
    public int order() {
        return 400;
    }

    /** Read once a request, when the panel is drawn. */
    public CaseOffice.Backlog getBacklog() {
        if (backlog == null) {
            backlog = office.backlog();
        }
        return backlog;
    }
}
