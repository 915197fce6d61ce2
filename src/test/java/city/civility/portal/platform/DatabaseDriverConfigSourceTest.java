package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseDriverConfigSourceTest {

    @Test
    void aPostgresqlUrlChoosesThePostgresqlDataSourceAndAnythingElseH2() {
        assertEquals("org.postgresql.ds.PGSimpleDataSource",
                DatabaseDriverConfigSource.dataSourceClassFor("jdbc:postgresql://db:5432/portal"));
        assertEquals("org.h2.jdbcx.JdbcDataSource",
                DatabaseDriverConfigSource.dataSourceClassFor("jdbc:h2:file:./data/portal;MODE=LEGACY"));
    }
}
