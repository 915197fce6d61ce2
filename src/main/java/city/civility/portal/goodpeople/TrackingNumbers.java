package city.civility.portal.goodpeople;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import city.civility.portal.platform.PortalClock;

/**
 * Tracking numbers such as {@code GP-202611-7KQ3XMR}: the month, then seven random characters
 * without 0/O, 1/I/L (read off a phone and typed again). Hard to guess: the number is all a
 * nominator needs to follow their nomination.
 */
final class TrackingNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM").withZone(PortalClock.ZONE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumbers() {
    }

    static String next(Instant now) {
        StringBuilder number = new StringBuilder("GP-").append(MONTH.format(now)).append('-');
        for (int i = 0; i < 7; i++) {
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** A number as typed back (lower case, spaces), written the way it was given; null if it cannot be one. */
    static String normalise(String typed) {
        String number = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s", "");
        return number.matches("GP-[0-9]{6}-[" + ALPHABET + "]{7}") ? number : null;
    }
}
