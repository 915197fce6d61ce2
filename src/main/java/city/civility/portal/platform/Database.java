package city.civility.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source, declared by the application so that no server
 * set-up is needed. Every value comes from MicroProfile Config: embedded H2 by
 * default, PostgreSQL by setting PORTAL_DB_URL (and user, password).
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=portal.db.driver}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 0,
        initialPoolSize = 0,
        maxPoolSize = 32,
        properties = {
                // Test a pooled connection before handing it out and drop the whole
                // pool on a failure, so the portal recovers by itself after an outage.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000"
        })
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/portal";

    /** Whether a write failed on a unique key (SQLSTATE 23505, in PostgreSQL and H2 alike), rather than for another reason. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
