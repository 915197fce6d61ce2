package city.civility.portal.platform;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Says where the portal answers, once start-up work (migrations, first account) is done. */
@Singleton
@Startup
@DependsOn({"Migrations", "FirstAdministrator", "NewsStartup"})
public class StartupAnnouncement {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncement.class.getName());

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    @PostConstruct
    void announce() {
        LOG.info(() -> "event=portal-started url=" + baseUrl);
        System.out.println("\n  The civility portal is starting at " + baseUrl + "  (staff sign-in: " + baseUrl + "login.xhtml)\n");
    }
}
