package city.civility.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final StaffUser user = new StaffUser("wang", "王", "hash", Set.of(Role.EDITOR), NOW);

    @Test
    void theFifthFailureInARowLocksForTheLockOutPeriod() {
        for (int i = 0; i < 4; i++) {
            assertFalse(user.recordFailedSignIn(NOW, 5, LOCKOUT));
        }
        assertTrue(user.recordFailedSignIn(NOW, 5, LOCKOUT));
        assertTrue(user.isLockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(user.isLockedAt(NOW.plus(LOCKOUT)));
        assertEquals(NOW.plus(LOCKOUT), user.getLockedUntil());
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(NOW, 5, LOCKOUT);
        }
        user.recordSuccessfulSignIn();
        assertFalse(user.recordFailedSignIn(NOW, 5, LOCKOUT), "the count started again");
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordAndChangingItClearsThat() {
        assertTrue(user.isMustChangePassword());
        user.changePassword("new-hash");
        assertFalse(user.isMustChangePassword());
        user.assignTemporaryPassword("temp-hash");
        assertTrue(user.isMustChangePassword());
    }

    @Test
    void aTemporaryPasswordLiftsALockOut() {
        for (int i = 0; i < 5; i++) {
            user.recordFailedSignIn(NOW, 5, LOCKOUT);
        }
        user.assignTemporaryPassword("temp-hash");
        assertFalse(user.isLockedAt(NOW));
    }
}
