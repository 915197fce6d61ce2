package city.civility.portal.accounts;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.StartupWork;

/**
 * On the very first start (no accounts yet) creates the first administrator, named by
 * PORTAL_ADMIN_USERNAME ({@code admin} if unset: a name the office may rather not publish to
 * every guesser), with PORTAL_ADMIN_PASSWORD if it keeps the password policy, otherwise with a
 * random password printed once to the console and never again.
 */
@ApplicationScoped
public class FirstAdministrator {

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "portal.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> chosenPassword;

    void createIfNone(@ObservesAsync StartupWork.Begun begun) {
        accounts.createFirstAdministrator(username, chosenPassword).ifPresent(admin -> admin.printedPassword().ifPresent(password ->
                System.out.println("""

                ==============================================================
                  First start: the administrator account was created.
                  User name: %s
                  Password:  %s
                  It is shown only this once. Sign in at /login.xhtml and
                  choose your own password.
                ==============================================================
                """.formatted(admin.username(), password))));
    }
}
