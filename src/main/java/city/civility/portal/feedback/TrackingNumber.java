package city.civility.portal.feedback;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import city.civility.portal.platform.PortalClock;

/**
 * A case's tracking number, {@code TS-2026-000123}: the year it came in and its id, easy to
 * read out on the phone. Not a secret (the status page's link carries one): a number alone
 * shows only a case that is public anyway.
 */
public record TrackingNumber(int year, long id) {

    private static final Pattern TYPED = Pattern.compile("TS-?([0-9]{4})-?([0-9]{6,12})");

    static TrackingNumber of(long id, Instant receivedAt) {
        return new TrackingNumber(receivedAt.atZone(PortalClock.ZONE).getYear(), id);
    }

    /** A number as typed back (lower case, spaces, no hyphens), or empty if it cannot be one. */
    public static Optional<TrackingNumber> parse(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        Matcher number = TYPED.matcher(text);
        return number.matches() ? Optional.of(new TrackingNumber(Integer.parseInt(number.group(1)), Long.parseLong(number.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TS-%d-%06d", year, id);
    }
}
