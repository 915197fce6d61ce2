package city.civility.portal.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import city.civility.portal.platform.StaffRoles;

/**
 * How staff sign in: the portal's own sign-in page (login.xhtml), which hands the
 * credentials to Jakarta Security; {@link StaffIdentityStore} checks them.
 * Which pages need which role is in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({StaffRoles.ADMIN, StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.CASE_OFFICER})
@ApplicationScoped
public class StaffSecurity {
}
