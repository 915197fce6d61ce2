package city.civility.portal.goodpeople.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.goodpeople.GoodPeopleFigures.Count;
import city.civility.portal.goodpeople.GoodPeopleStatistics;
import city.civility.portal.platform.MonthSpan;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.Charts;
import city.civility.portal.platform.web.DashboardPanel;

/** 身边好人 on the staff dashboard, for those who vet: nominations of the last twelve months, and the way to the statistics. */
@Named
@RequestScoped
public class GoodPeopleOnDashboard implements DashboardPanel {

    @Inject
    GoodPeopleStatistics statistics;

    @Inject
    PortalClock clock;

    private List<Count<YearMonth>> months;

    @Override
    public String titleKey() {
        return "goodpeople.stats.panel";
    }

    @Override
    public String facelet() {
        return "/WEB-INF/templates/goodpeople-dashboard.xhtml";
    }

    @Override
    public Set<String> roles() {
        return Set.of(StaffRoles.REVIEWER, StaffRoles.ADMIN);
    }

    /** After news, as in the public navigation. */
    @Override
    public int order() {
        return 200;
    }

    public String getChart() {
        return Charts.bars(Texts.get("goodpeople.stats.nominations"), months().stream().map(c -> c.key().toString()).toList(),
                months().stream().map(Count::count).toList());
    }

    /** Sent in the twelve months; Strings, which a message does not group (1,024). */
    public String getTotal() {
        return String.valueOf(months().stream().mapToLong(Count::count).sum());
    }

    public String getThisMonth() {
        return String.valueOf(months().get(months().size() - 1).count());
    }

    /** Read once a request, when the panel is drawn. */
    private List<Count<YearMonth>> months() {
        if (months == null) {
            months = statistics.nominationsByMonth(MonthSpan.lastMonths(StatisticsView.DEFAULT_MONTHS, clock.now()));
        }
        return months;
    }
}
