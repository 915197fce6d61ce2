package city.civility.portal.platform.participation;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import city.civility.portal.platform.PortalClock;

/**
 * Tracking numbers of what residents send, such as {@code GP-202611-7KQ3XMR}: the kind (a
 * feature's prefix: GP a 身边好人 nomination, TJ and YY a campaign's nomination and objection, ZJ
 * a work sent to a call), the month, then seven random characters without 0/O, 1/I/L (read off a
 * phone and typed again). The number is all a resident needs to follow what they sent, so it is
 * hard to guess, and look-ups are rate limited.
 */
public final class TrackingNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM").withZone(PortalClock.ZONE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumbers() {
    }

    public static String next(String kind, Instant now) {
        StringBuilder number = new StringBuilder(kind).append('-').append(MONTH.format(now)).append('-');
        for (int i = 0; i < 7; i++) {
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** A number of this kind as typed back (lower case, spaces), written the way it was given; null if it cannot be one. */
    public static String normalise(String kind, String typed) {
        String number = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        return number.matches(kind + "-[0-9]{6}-[" + ALPHABET + "]{7}") ? number : null;
    }
}
