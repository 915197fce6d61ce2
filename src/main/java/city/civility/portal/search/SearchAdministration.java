package city.civility.portal.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;

/** What administrators do with the search index: look at it, rebuild it. */
@Stateless
@RolesAllowed(StaffRoles.ADMIN)
public class SearchAdministration {

    @Inject
    SearchIndex index;

    @Inject
    AuditLog audit;

    public SearchIndex.Info info() {
        return index.info();
    }

    /** Starts a rebuild from the database; searches keep answering from the old index until it is done. */
    public void rebuild() {
        audit.record("search.rebuildStarted", "SearchIndex", null, null);
        index.rebuild();
    }
}
