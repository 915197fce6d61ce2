package city.civility.portal.platform.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import city.civility.portal.platform.PortalClock;

/** Formats times for pages ({@code #{dates.dateTime(x)}}) in the office's time zone. */
@Named("dates")
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PortalClock.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PortalClock.ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(PortalClock.ZONE);

    public String dateTime(Instant instant) {
        return dateTimeOf(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String dateTimeOf(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
