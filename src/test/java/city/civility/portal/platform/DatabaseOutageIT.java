package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** While the database is away the portal says so (503) and it recovers by itself when it is back. */
class DatabaseOutageIT {

    @Test
    void anOutageGivesA503PageAndThePortalRecoversWithoutARestart() {
        PortalServer server = PortalServer.get();
        String name = StaffAccounts.create("outage", "ADMIN");
        Visitor admin = new Visitor();
        admin.signIn(name, StaffAccounts.PASSWORD);
        assertEquals(200, admin.get("/admin/users.xhtml").statusCode());

        server.cutDatabase();
        try {
            HttpResponse<String> during = admin.get("/admin/users.xhtml");
            assertEquals(503, during.statusCode(), during.body());
            assertTrue(during.body().contains("服务暂时不可用"), during.body());
            assertTrue(during.headers().firstValue("Retry-After").isPresent());
            assertEquals(503, admin.get("/health/ready").statusCode(), "not ready without a database");
        } finally {
            server.restoreDatabase();
        }

        // The pool finds its way back on its own: poll for what a visitor would see.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (admin.get("/admin/users.xhtml").statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                fail("the portal did not recover within 60 s after the database came back");
            }
        }
        assertEquals(200, admin.get("/health/ready").statusCode());
    }
}
