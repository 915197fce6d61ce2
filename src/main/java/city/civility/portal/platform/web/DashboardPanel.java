package city.civility.portal.platform.web;

import java.util.Set;

/**
 * What one feature shows on the staff dashboard ({@code /admin/index.xhtml}), as a CDI bean:
 * the dashboard includes every panel the signed-in staff member may see and never needs to
 * know the features (as the public site reads every {@code PublicContribution}).
 */
public interface DashboardPanel {

    /** The panel's heading: a key of the message bundle. */
    String titleKey();

    /** The facelet that draws the panel's body, below the web root (e.g. {@code /WEB-INF/templates/...xhtml}). */
    String facelet();

    /** The staff roles ({@code StaffRoles}) that see the panel: any one of them is enough. */
    Set<String> roles();

    /** Where the panel stands on the dashboard: lower first. */
    int order();
}
