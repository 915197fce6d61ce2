package city.civility.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongVariedPassword() {
        assertEquals(Optional.empty(), Passwords.policyViolation("wang", "Wenming-2026-chuang"));
    }

    @Test
    void refusesShortLongSimpleAndNameBearingPasswords() {
        assertEquals(Optional.of("password.tooShort"), Passwords.policyViolation("wang", "short1!"));
        assertEquals(Optional.of("password.tooLong"), Passwords.policyViolation("wang", "x1".repeat(65)));
        assertEquals(Optional.of("password.containsUsername"), Passwords.policyViolation("wang", "my-WANG-password"));
        assertEquals(Optional.of("password.tooSimple"), Passwords.policyViolation("wang", "abababababab"));
    }
}
