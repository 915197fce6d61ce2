package city.civility.portal.accounts;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashing (PBKDF2-HMAC-SHA512), the password policy, and generated passwords. */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    /** No 0/O, 1/l/I: generated passwords are read off a screen and typed in. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /**
     * Compared against when a user name is unknown, so a wrong name takes as long as a wrong
     * password. Made at the first such sign-in, not at start-up, where its 210,000 rounds
     * delayed the first start by a third of a second.
     */
    private volatile String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000", // OWASP's figure for HMAC-SHA512
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    void burnTime(char[] password) {
        if (decoyHash == null) {
            decoyHash = hash(generate().toCharArray()); // two threads may both make one: either will do
        }
        pbkdf2.verify(password, decoyHash);
    }

    String generate() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The message key saying what is wrong with this password for this user, if anything. */
    static Optional<String> policyViolation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("password.containsUsername");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }
}
