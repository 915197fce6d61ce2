package city.civility.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.h2.tools.Server;
import org.opentest4j.TestAbortedException;

/**
 * The database of one integration-test run: a fresh H2 database served over TCP by
 * this JVM, or a fresh PostgreSQL database (created here, dropped at the end).
 * The portal reaches it through a {@link TcpProxy}; the tests reach it directly.
 */
final class TestDatabase implements AutoCloseable {

    static final String PG_ADMIN_URL = env("PORTAL_TEST_PG_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String PG_USER = env("PORTAL_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = env("PORTAL_TEST_PG_PASSWORD", "");

    final String kind;
    final String directUrl;
    final String user;
    final String password;
    private final int port;
    private final Server h2Server;
    private final String pgDatabase;

    private TestDatabase(String kind, String directUrl, String user, String password, int port, Server h2Server, String pgDatabase) {
        this.kind = kind;
        this.directUrl = directUrl;
        this.user = user;
        this.password = password;
        this.port = port;
        this.h2Server = h2Server;
        this.pgDatabase = pgDatabase;
    }

    static TestDatabase h2(Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Server server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", dir.toAbsolutePath().toString()).start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/portal;MODE=LEGACY";
        return new TestDatabase("h2", url, "portal", "portal", server.getPort(), server, null);
    }

    /** A new, empty PostgreSQL database; outside CI, skips the run when no server answers. */
    static TestDatabase postgresql() throws SQLException {
        String name = "portal_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + PG_ADMIN_URL + " (" + e.getMessage() + ")";
            if (PortalServer.IN_CI) {
                throw new IllegalStateException("CI needs PostgreSQL for the integration tests: " + why, e);
            }
            throw new TestAbortedException("Skipping the PostgreSQL run of the integration tests: " + why);
        }
        String base = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1);
        int port = Integer.parseInt(base.replaceAll(".*:(\\d+)/$", "$1"));
        return new TestDatabase("postgresql", base + name, PG_USER, PG_PASSWORD, port, null, name);
    }

    /** The JDBC URL the portal uses: the same database, but through the proxy on {@code proxyPort}. */
    String urlThrough(int proxyPort) {
        return directUrl.replace(":" + port + "/", ":" + proxyPort + "/");
    }

    int port() {
        return port;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(directUrl, user, password);
    }

    @Override
    public void close() {
        if (h2Server != null) {
            h2Server.stop();
        }
        if (pgDatabase != null) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + pgDatabase + ": " + e.getMessage());
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
