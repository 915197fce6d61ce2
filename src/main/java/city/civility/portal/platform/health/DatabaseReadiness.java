package city.civility.portal.platform.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import city.civility.portal.platform.Database;
import city.civility.portal.platform.StartupProgress;

/** Ready only when the database answers and the schema migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    StartupProgress progress;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection c = dataSource.getConnection()) {
            reachable = c.isValid(2);
        } catch (SQLException e) {
            reachable = false;
        }
        return HealthCheckResponse.named("database")
                .status(reachable && progress.isMigrated())
                .withData("reachable", reachable)
                .withData("migrated", progress.isMigrated())
                .build();
    }
}
