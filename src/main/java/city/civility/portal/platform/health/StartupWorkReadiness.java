package city.civility.portal.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import city.civility.portal.platform.StartupProgress;

/** Ready only when the features' start-up work (first administrator, demo city, import) is done. */
@Readiness
@ApplicationScoped
public class StartupWorkReadiness implements HealthCheck {

    @Inject
    StartupProgress progress;

    @Override
    public HealthCheckResponse call() {
        // Failed or not, and no more: anyone may ask /health/ready; what went wrong is in the log.
        return HealthCheckResponse.named("startup-work").status(progress.isWorkDone())
                .withData("done", progress.isWorkDone())
                .withData("failed", progress.hasWorkFailed())
                .build();
    }
}
