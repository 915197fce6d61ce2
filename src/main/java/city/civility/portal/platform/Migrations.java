package city.civility.portal.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database.
 * Flyway migrations are the only way the schema changes, on H2 and PostgreSQL alike.
 * Start-up beans that use the database declare {@code @DependsOn("Migrations")}; start-up work
 * that can wait observes {@link StartupWork.Begun}.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    StartupProgress progress;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        progress.markMigrated();
        LOG.info(() -> "event=schema-migrated applied=" + result.migrationsExecuted + " version=" + result.targetSchemaVersion);
    }
}
