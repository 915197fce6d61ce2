package city.civility.portal.feedback.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.feedback.CaseFigures;
import city.civility.portal.feedback.CaseOffice;
import city.civility.portal.feedback.CaseStatistics;
import city.civility.portal.platform.MonthSpan;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.Charts;
import city.civility.portal.platform.web.DashboardPanel;

/** Complaints and suggestions on the staff dashboard: what waits, what is overdue, and the oldest waiting case, red once overdue. */
@Named
@RequestScoped
public class CasesOnDashboard implements DashboardPanel {

    @Inject
    CaseOffice office;

    @Inject
    CaseStatistics statistics;

    @Inject
    PortalClock clock;

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

    /** Cases received in each of the last twelve months. */
    public String getChart() {
        List<CaseFigures.Count<YearMonth>> months = statistics.byMonth(MonthSpan.lastMonths(CaseStatisticsView.DEFAULT_MONTHS, clock.now()));
        return Charts.bars(Texts.get("feedback.stats.cases"), months.stream().map(c -> c.key().toString()).toList(),
                months.stream().map(CaseFigures.Count::count).toList());
    }

    /** Read once a request, when the panel is drawn. */
    public CaseOffice.Backlog getBacklog() {
        if (backlog == null) {
            backlog = office.backlog();
        }
        return backlog;
    }
}
