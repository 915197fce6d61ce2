package city.civility.portal.platform;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code portal.db.driver} (the JDBC data source class) from the database
 * URL, so that choosing PostgreSQL takes nothing but its URL, user and password.
 * An explicit PORTAL_DB_DRIVER still wins: this source has the lowest ordinal.
 */
public class DatabaseDriverConfigSource implements ConfigSource {

    private static final String KEY = "portal.db.driver";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        String url = System.getProperty("portal.db.url", System.getenv().getOrDefault("PORTAL_DB_URL", ""));
        return dataSourceClassFor(url);
    }

    static String dataSourceClassFor(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? "org.postgresql.ds.PGSimpleDataSource" : "org.h2.jdbcx.JdbcDataSource";
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, getValue(KEY));
    }

    @Override
    public int getOrdinal() {
        return 10;
    }

    @Override
    public String getName() {
        return "portal-database-driver";
    }
}
