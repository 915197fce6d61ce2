package city.civility.portal.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.accounts.AccountService.SignIn;
import city.civility.portal.accounts.SignInAttempt;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.Dates;

/** The sign-in form. A locked account is told so, with the time it opens again. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    @Inject
    SignInAttempt attempt;

    private String username;
    private String password;

    public String signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!SignInForm.isGenuine(request)) {
            Texts.error("signIn.notFromThisPage"); // posted by another site's page, or a form shown too long ago
            return null;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new session id at sign-in: no session fixation
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> { // back to the page that asked for sign-in
                remember(request);
                faces.responseComplete();
            }
            case SUCCESS -> {
                remember(request);
                return "/admin/index?faces-redirect=true";
            }
            default -> {
                SignIn result = attempt.result().orElse(null);
                if (result != null && result.outcome() == SignIn.Outcome.LOCKED) {
                    Texts.error("signIn.locked", Dates.time(result.until()));
                } else if (result != null && result.outcome() == SignIn.Outcome.THROTTLED) {
                    Texts.error("signIn.throttled", Dates.time(result.until()));
                } else {
                    Texts.error("signIn.refused");
                }
            }
        }
        return null;
    }

    private void remember(HttpServletRequest request) {
        attempt.result().filter(r -> r.outcome() == SignIn.Outcome.SIGNED_IN)
                .ifPresent(signedIn -> StaffSessionFilter.remember(request, signedIn.access()));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
