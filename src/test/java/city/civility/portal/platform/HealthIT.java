package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.Visitor;

/** What a load balancer or orchestrator asks of the portal. */
class HealthIT {

    @Test
    void readinessReportsTheDatabaseTheIndexDirectoryAndTheStartUpWork() {
        HttpResponse<String> ready = new Visitor().get("/health/ready");
        assertEquals(200, ready.statusCode());
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"name\":\"search-index-directory\""), body);
        // The first administrator and the demo city are in before the portal says it is ready; that they failed or not, and no more.
        assertTrue(body.contains("\"name\":\"startup-work\""), body);
        assertTrue(body.contains("\"failed\":\"false\""), body);
        assertFalse(body.contains("Exception"), body);
    }

    @Test
    void livenessAnswersUp() {
        HttpResponse<String> live = new Visitor().get("/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().replace(" ", "").contains("\"status\":\"UP\""), live.body());
    }

    @Test
    void theServersApiDescriptionAndMetricsAreNotPublic() {
        HttpResponse<String> openApi = new Visitor().get("/openapi");
        assertNotEquals(200, openApi.statusCode());
        assertFalse(openApi.body().contains("openapi: 3"), "the API's description is not given out");
        HttpResponse<String> metrics = new Visitor().get("/metrics");
        assertNotEquals(200, metrics.statusCode());
        assertFalse(metrics.body().contains("# TYPE"), "nor the server's internals");
        HttpResponse<String> wadl = new Visitor().get("/api/application.wadl");
        assertNotEquals(200, wadl.statusCode());
        assertFalse(wadl.body().contains("<application"), "nor a WADL list of the API's endpoints");
    }
}
