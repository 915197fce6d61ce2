package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** While the database is away the portal says so (503) and it recovers by itself when it is back, scheduled work included. */
class DatabaseOutageIT {

    @Test
    void anOutageGivesA503PageAndThePortalRecoversWithoutARestart() {
        PortalServer server = PortalServer.get();
        String name = StaffAccounts.create("outage", "ADMIN");
        Visitor admin = new Visitor();
        admin.signIn(name, StaffAccounts.PASSWORD);
        assertEquals(200, admin.get("/admin/users.xhtml").statusCode());

        Instant due = server.now();
        server.cutDatabase();
        // Falls due while the portal cannot reach the database (the test's own connection can).
        String title = "停电期间定时发布" + UUID.randomUUID().toString().substring(0, 6);
        long scheduled = NewsFixtures.scheduled(title, "volunteer", "<p>定时发布的稿件。</p>", due);
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

        // Publishing, which failed while the database was away, catches up by itself.
        Visitor resident = new Visitor();
        deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (resident.get("/news/" + scheduled).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                fail("the article due during the outage was not published within 60 s after it");
            }
        }
        assertTrue(resident.get("/news/" + scheduled).body().contains(title));
    }
}
