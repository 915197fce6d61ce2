package city.civility.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/** Five wrong passwords in a row lock an account for 15 minutes, and the page says so. */
class SignInLockoutIT {

    private static final String WRONG = "not-the-password";
    private static final String LOCKED_TEXT = "已被暂时锁定";
    private static final String REFUSED_TEXT = "用户名或密码不正确";

    @Test
    void fiveFailuresLockTheAccountUntilTheLockOutPeriodHasPassed() throws SQLException {
        String name = StaffAccounts.create("lockout", "EDITOR");
        Visitor visitor = new Visitor();

        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> refused = visitor.signIn(name, WRONG);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains(REFUSED_TEXT), "attempt " + i + " is a plain refusal");
        }
        HttpResponse<String> fifth = visitor.signIn(name, WRONG);
        assertTrue(fifth.body().contains(LOCKED_TEXT), "the fifth failure locks: " + fifth.body());

        HttpResponse<String> rightPasswordWhileLocked = new Visitor().signIn(name, StaffAccounts.PASSWORD);
        assertEquals(200, rightPasswordWhileLocked.statusCode(), "no sign-in while locked");
        assertTrue(rightPasswordWhileLocked.body().contains(LOCKED_TEXT));
        assertFalse(rightPasswordWhileLocked.body().contains(REFUSED_TEXT));
        assertTrue(auditActions(name).contains("account.locked"));

        PortalServer.get().advanceClock(Duration.ofMinutes(16));

        Visitor later = new Visitor();
        HttpResponse<String> afterLockOut = later.signIn(name, StaffAccounts.PASSWORD);
        assertEquals(302, afterLockOut.statusCode(), "signed in once the lock-out has passed");
        assertEquals(200, later.get("/admin/index.xhtml").statusCode());
    }

    @Test
    void fourFailuresThenSuccessStartTheCountAgain() {
        String name = StaffAccounts.create("recount", "EDITOR");
        for (int i = 0; i < 4; i++) {
            new Visitor().signIn(name, WRONG);
        }
        assertEquals(302, new Visitor().signIn(name, StaffAccounts.PASSWORD).statusCode());
        for (int i = 0; i < 4; i++) {
            assertTrue(new Visitor().signIn(name, WRONG).body().contains(REFUSED_TEXT));
        }
        assertEquals(302, new Visitor().signIn(name, StaffAccounts.PASSWORD).statusCode(), "still not locked");
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() {
        HttpResponse<String> response = new Visitor().signIn("nobody-" + System.nanoTime(), WRONG);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(REFUSED_TEXT));
    }

    private static String auditActions(String actor) throws SQLException {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT action FROM audit_entry WHERE actor = ?")) {
            s.setString(1, actor);
            StringBuilder actions = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.append(rs.getString(1)).append(' ');
                }
            }
            return actions.toString();
        }
    }
}
