package city.civility.portal.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Answers a form token's challenge as the browser does: the first number whose SHA-256 with the token starts with enough zero bits. */
public final class Challenge {

    private Challenge() {
    }

    public static String solve(String token, int bits) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (long answer = 0; ; answer++) {
                byte[] hash = sha256.digest((token + ":" + answer).getBytes(StandardCharsets.US_ASCII));
                if (leadingZeroBits(hash) >= bits) {
                    return Long.toString(answer);
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return zeros;
    }
}
