package city.civility.portal.accounts;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the very first start (no accounts yet) creates the user {@code admin}, with
 * PORTAL_ADMIN_PASSWORD if set, otherwise a random password printed once to the
 * console and never again.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class FirstAdministrator {

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> chosenPassword;

    @PostConstruct
    void createIfNone() {
        accounts.createFirstAdministrator(chosenPassword).ifPresent(password -> System.out.println("""

                ==============================================================
                  First start: the administrator account was created.
                  User name: admin
                  Password:  %s
                  It is shown only this once. Sign in at /login.xhtml and
                  choose your own password.
                ==============================================================
                """.formatted(password)));
    }
}
