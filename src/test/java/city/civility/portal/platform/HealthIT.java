package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.Visitor;

/** What a load balancer or orchestrator asks of the portal. */
class HealthIT {

    @Test
    void readinessReportsTheDatabaseAndTheIndexDirectory() {
        HttpResponse<String> ready = new Visitor().get("/health/ready");
        assertEquals(200, ready.statusCode());
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"name\":\"search-index-directory\""), body);
    }

    @Test
    void livenessAnswersUp() {
        HttpResponse<String> live = new Visitor().get("/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().replace(" ", "").contains("\"status\":\"UP\""), live.body());
    }
}
