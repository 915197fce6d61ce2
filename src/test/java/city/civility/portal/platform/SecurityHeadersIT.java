package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** What browsers are told about every page: no sniffing, no foreign framing; admin pages never cached. */
class SecurityHeadersIT {

    @Test
    void publicPagesForbidSniffingAndForeignFraming() {
        HttpResponse<String> home = new Visitor().get("/");
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("SAMEORIGIN", home.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", home.headers().firstValue("Referrer-Policy").orElse(null));
    }

    @Test
    void adminPagesAreNeverStored() {
        Visitor editor = new Visitor();
        editor.signIn(StaffAccounts.create("headers", "EDITOR"), StaffAccounts.PASSWORD);
        HttpResponse<String> dashboard = editor.get("/admin/index.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertEquals("private, no-store", dashboard.headers().firstValue("Cache-Control").orElse(null));
    }
}
