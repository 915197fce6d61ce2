package city.civility.portal.campaigns.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.campaigns.Objections;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.web.DashboardPanel;

/** Objections to 道德模范 candidates waiting for the office's answer, on the staff dashboard, with the way to answer them. */
@Named
@RequestScoped
public class ObjectionsOnDashboard implements DashboardPanel {

    @Inject
    Objections objections;

    @Override
    public String titleKey() {
        return "campaigns.objections.panel";
    }

    @Override
    public String facelet() {
        return "/WEB-INF/templates/campaign-objections-dashboard.xhtml";
    }

    @Override
    public Set<String> roles() {
        return Set.of(StaffRoles.REVIEWER, StaffRoles.ADMIN);
    }

    /** After 身边好人, as in the public navigation. */
    @Override
    public int order() {
        return 300;
    }

    /** A String, which a message does not group (1,024). */
    public String getWaiting() {
        return String.valueOf(objections.waitingCount());
    }
}
