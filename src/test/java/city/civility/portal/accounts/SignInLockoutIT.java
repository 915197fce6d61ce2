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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/**
 * Five wrong passwords in a row lock an account for 15 minutes, and the page says so; but
 * nobody can lock the office out: the owner's known place still signs in, a guessing network
 * is refused before any account is touched, and every failure is counted and audited.
 * Each test signs in from addresses of its own (behind the test server's trusted proxy), so
 * one test's failures never throttle another's sign-ins.
 */
class SignInLockoutIT {

    private static final AtomicInteger NETWORKS = new AtomicInteger();
    private static final String THROTTLED_TEXT = "登录失败的次数过多";

    /** A visitor at an address no other sign-in in the suite comes from. */
    private static Visitor from(String address) {
        return new Visitor().sending("X-Forwarded-For", address);
    }

    private static String newNetwork() {
        return "198.18." + NETWORKS.incrementAndGet() + ".";
    }

    private static final String WRONG = "not-the-password";
    private static final String LOCKED_TEXT = "已被暂时锁定";
    private static final String REFUSED_TEXT = "用户名或密码不正确";

    @Test
    void fiveFailuresLockTheAccountUntilTheLockOutPeriodHasPassed() throws SQLException {
        String name = StaffAccounts.create("lockout", "EDITOR");
        String network = newNetwork();
        Visitor visitor = from(network + "1");

        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> refused = visitor.signIn(name, WRONG);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains(REFUSED_TEXT), "attempt " + i + " is a plain refusal");
        }
        HttpResponse<String> fifth = visitor.signIn(name, WRONG);
        assertTrue(fifth.body().contains(LOCKED_TEXT), "the fifth failure locks: " + fifth.body());

        HttpResponse<String> rightPasswordWhileLocked = from(network + "2").signIn(name, StaffAccounts.PASSWORD);
        assertEquals(200, rightPasswordWhileLocked.statusCode(), "no sign-in while locked");
        assertTrue(rightPasswordWhileLocked.body().contains(LOCKED_TEXT));
        assertFalse(rightPasswordWhileLocked.body().contains(REFUSED_TEXT));
        assertTrue(auditActions(name).contains("account.locked"));

        PortalServer.get().advanceClock(Duration.ofMinutes(16));

        Visitor later = from(network + "3");
        HttpResponse<String> afterLockOut = later.signIn(name, StaffAccounts.PASSWORD);
        assertEquals(302, afterLockOut.statusCode(), "signed in once the lock-out has passed");
        assertEquals(200, later.get("/admin/index.xhtml").statusCode());
    }

    @Test
    void fourFailuresThenSuccessStartTheCountAgain() {
        String name = StaffAccounts.create("recount", "EDITOR");
        String address = newNetwork() + "1";
        for (int i = 0; i < 4; i++) {
            from(address).signIn(name, WRONG);
        }
        assertEquals(302, from(address).signIn(name, StaffAccounts.PASSWORD).statusCode());
        for (int i = 0; i < 4; i++) {
            assertTrue(from(address).signIn(name, WRONG).body().contains(REFUSED_TEXT));
        }
        assertEquals(302, from(address).signIn(name, StaffAccounts.PASSWORD).statusCode(), "still not locked");
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() {
        HttpResponse<String> response = from(newNetwork() + "1").signIn("nobody-" + System.nanoTime(), WRONG);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(REFUSED_TEXT));
    }

    @Test
    void aLockedAccountStillLetsItsOwnerInFromWhereTheySignedInBefore() {
        String name = StaffAccounts.create("owner", "ADMIN");
        String office = newNetwork() + "10";
        Visitor atTheOffice = from(office);
        assertEquals(302, atTheOffice.signIn(name, StaffAccounts.PASSWORD).statusCode(), "the owner works from the office");

        String attacker = newNetwork();
        for (int i = 1; i <= 5; i++) {
            from(attacker + i).signIn(name, WRONG);
        }
        assertTrue(from(attacker + "9").signIn(name, StaffAccounts.PASSWORD).body().contains(LOCKED_TEXT),
                "locked for a place the account never signed in from, even with the right password");
        assertTrue(from(office).signIn(name, WRONG).body().contains(LOCKED_TEXT), "a wrong password is refused at the office too");
        Visitor owner = from(office);
        assertEquals(302, owner.signIn(name, StaffAccounts.PASSWORD).statusCode(), "the owner is not locked out of their own office");
        assertEquals(200, owner.get("/admin/index.xhtml").statusCode());
    }

    @Test
    void aNetworkThatKeepsGuessingIsRefusedBeforeAnyAccountIsTouched() throws SQLException {
        String guesser = newNetwork() + "66";
        for (int i = 0; i < 20; i++) {
            assertTrue(from(guesser).signIn("guess-" + i + "-" + System.nanoTime(), WRONG).body().contains(REFUSED_TEXT));
        }
        String name = StaffAccounts.create("bystander", "EDITOR");
        HttpResponse<String> refused = from(guesser).signIn(name, StaffAccounts.PASSWORD);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains(THROTTLED_TEXT), refused.body());
        assertFalse(refused.body().contains(LOCKED_TEXT));
        assertTrue(from(guesser).signIn(name, WRONG).body().contains(THROTTLED_TEXT));
        assertEquals(0, failedSignIns(name), "the account's count did not move");
        assertFalse(auditActions(name).contains("account.signInFailed"), "nothing was tried against the account");
        assertEquals(302, from(newNetwork() + "1").signIn(name, StaffAccounts.PASSWORD).statusCode(), "from elsewhere it signs in");
    }

    @Test
    void fiftyWrongPasswordsAtOnceAreEveryOneCountedAndAuditedWithTheirAddress() throws Exception {
        String name = StaffAccounts.create("parallel", "EDITOR");
        String network = newNetwork();
        ExecutorService attackers = Executors.newFixedThreadPool(50);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String address = network + i;
            statuses.add(attackers.submit(() -> from(address).signIn(name, WRONG).statusCode()));
        }
        for (Future<Integer> status : statuses) {
            assertEquals(200, status.get(2, TimeUnit.MINUTES), "every attempt is answered by the sign-in page, none by an error");
        }
        attackers.shutdown();
        assertEquals(50, count("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'account.signInFailed'", name),
                "every failure is in the audit log");
        assertEquals(50, count("SELECT COUNT(*) FROM sign_in_failure WHERE username = ?", name), "and counted against its address");
        assertEquals(50, count("SELECT COUNT(DISTINCT address) FROM sign_in_failure WHERE username = ?", name));
        assertTrue(auditActions(name).contains("account.locked"));
        assertTrue(from(network + "99").signIn(name, StaffAccounts.PASSWORD).body().contains(LOCKED_TEXT));
    }

    @Test
    void guessingSpreadOverManyAddressesClosesTheDoorToAllButTheAccountsKnownPlaces() throws SQLException {
        String name = StaffAccounts.create("regular", "EDITOR");
        String office = newNetwork() + "1";
        assertEquals(302, from(office).signIn(name, StaffAccounts.PASSWORD).statusCode(), "the owner's office becomes a known place");
        String newcomer = StaffAccounts.create("newcomer", "EDITOR");
        // 300 failures in the last minutes from 300 addresses, as a botnet spreads them (written as another instance records them).
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO sign_in_failure (address, username, failed_at) VALUES (?, 'admin', ?)")) {
            OffsetDateTime now = PortalServer.get().now().atOffset(ZoneOffset.UTC);
            for (int i = 0; i < 300; i++) {
                s.setString(1, "203.0." + (100 + i / 250) + "." + (i % 250 + 1));
                s.setObject(2, now.minusSeconds(i));
                s.addBatch();
            }
            s.executeBatch();
        }
        try {
            HttpResponse<String> stranger = from(newNetwork() + "1").signIn(newcomer, StaffAccounts.PASSWORD);
            assertTrue(stranger.body().contains(THROTTLED_TEXT), "an address no account knows waits, even with a right password");
            assertEquals(302, from(office).signIn(name, StaffAccounts.PASSWORD).statusCode(), "the office still signs in where it always does");
        } finally {
            try (Connection c = PortalServer.get().database();
                 PreparedStatement s = c.prepareStatement("DELETE FROM sign_in_failure WHERE username = 'admin' AND address LIKE '203.0.10_.%'")) {
                s.executeUpdate();
            }
        }
        assertEquals(302, from(newNetwork() + "1").signIn(newcomer, StaffAccounts.PASSWORD).statusCode(), "once the guessing is over, anyone");
    }

    private static long failedSignIns(String name) throws SQLException {
        return count("SELECT failed_sign_ins FROM staff_user WHERE username = ?", name);
    }

    private static long count(String sql, String value) throws SQLException {
        try (Connection c = PortalServer.get().database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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
