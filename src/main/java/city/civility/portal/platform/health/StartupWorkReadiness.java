package city.civility.portal.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import city.civility.portal.platform.StartupWork;

/** Ready only when the features' start-up work (first administrator, demo city, import) is done. */
@Readiness
@ApplicationScoped
public class StartupWorkReadiness implements HealthCheck {

    @Inject
    StartupWork startupWork;

    @Override
    public HealthCheckResponse call() {
        // Failed or not, and no more: anyone may ask /health/ready; what went wrong is in the log.
        return HealthCheckResponse.named("startup-work").status(startupWork.isDone())
                .withData("done", startupWork.isDone())
                .withData("failed", startupWork.hasFailed())
                .build();
    }
}
