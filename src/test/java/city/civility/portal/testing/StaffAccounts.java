package city.civility.portal.testing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Makes staff accounts for a test straight in the database, each with a unique name,
 * hashed in the documented Jakarta Security PBKDF2 format
 * ({@code algorithm:iterations:base64(salt):base64(hash)}), so sign-in goes through
 * the portal's real identity store.
 */
public final class StaffAccounts {

    public static final String PASSWORD = "Test-password-42";

    private StaffAccounts() {
    }

    /** A new enabled user with these roles (e.g. "EDITOR") and {@link #PASSWORD}; returns the user name. */
    public static String create(String prefix, String... roles) {
        String username = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        try (Connection c = PortalServer.get().database()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO staff_user (username, display_name, password_hash, enabled, "
                            + "must_change_password, failed_sign_ins, created_at, version) VALUES (?, ?, ?, TRUE, FALSE, 0, ?, 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, username);
                s.setString(2, "Test " + username);
                s.setString(3, hash(PASSWORD));
                s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (String role : roles) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?)")) {
                    s.setLong(1, id);
                    s.setString(2, role);
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return username;
    }

    private static String hash(String password) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            int iterations = 1000; // test accounts only: the portal reads the count from the hash
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
