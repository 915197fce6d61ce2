package city.civility.portal.platform;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The features' start-up work — the first administrator, the demo city, an import folder — done
 * in the background once the schema is migrated, so that it does not hold up the deployment and
 * the first page (on a first start it held the main thread for 2.5 s before the web module
 * started; now it runs beside it). A feature observes {@link Begun}
 * with {@code @ObservesAsync}; the observers run one after the other on a managed thread, and
 * /health/ready stays down until all of them are done ({@link StartupProgress},
 * health.StartupWorkReadiness), so a load balancer or a test sends nobody before.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupWork {

    private static final Logger LOG = Logger.getLogger(StartupWork.class.getName());

    /** The schema is migrated: do your start-up work. */
    public record Begun() {
    }

    @Inject
    Event<Begun> begun;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    @Inject
    StartupProgress progress;

    @PostConstruct
    void begin() {
        begun.fireAsync(new Begun(), NotificationOptions.ofExecutor(executor)).whenComplete((event, failure) -> {
            if (failure != null) {
                progress.markWorkFailed();
                LOG.log(Level.SEVERE, "event=startup-work-failed", failure);
            } else {
                progress.markWorkDone();
                LOG.info(() -> "event=portal-started url=" + baseUrl);
                System.out.println("\n  The civility portal has started at " + baseUrl + "  (staff sign-in: " + baseUrl + "login.xhtml)\n");
            }
        });
    }
}
