package city.civility.portal.accounts.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import city.civility.portal.accounts.AccountService;
import city.civility.portal.accounts.Role;
import city.civility.portal.accounts.StaffUser;

/** The signed-in staff member, as {@code #{staff}}: name and roles for the admin menu, and signing out. */
@Named("staff")
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private StaffUser user;

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).toList();
    }

    public String getDisplayName() {
        if (user == null) {
            Principal caller = security.getCallerPrincipal();
            user = caller == null ? null : accounts.findByUsername(caller.getName()).orElse(null);
        }
        return user == null ? "" : user.getDisplayName();
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
