package city.civility.portal.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The staff dashboard's panels ({@code #{dashboard.panels}}): every feature's, those the signed-in staff member may see, in order. */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    @Any
    Instance<DashboardPanel> panels;

    @Inject
    SecurityContext security;

    public List<DashboardPanel> getPanels() {
        return panels.stream()
                .filter(panel -> panel.roles().stream().anyMatch(security::isCallerInRole))
                .sorted(Comparator.comparingInt(DashboardPanel::order))
                .toList();
    }
}
