package city.civility.portal.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's one source of "now". Lock-outs, schedules and deadlines ask it,
 * never the system clock, so tests can move time instead of waiting for it.
 * Moving it is possible only when {@code portal.test.clock-control} is on.
 */
@ApplicationScoped
public class PortalClock {

    /** The office's time zone: dates are shown and days counted in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    @ConfigProperty(name = "portal.test.clock-control")
    boolean controllable;

    /**
     * Tests only, with clock control on: how far ahead the clock starts (ISO-8601), so that a
     * test server restarted after its clock was moved goes on from there; time never runs
     * backwards for what it scheduled or published by the clock meanwhile.
     */
    @Inject
    @ConfigProperty(name = "portal.test.clock-start", defaultValue = "PT0S")
    String startAhead;

    private volatile Duration offset = Duration.ZERO;

    @PostConstruct
    void start() {
        if (controllable) {
            offset = Duration.parse(startAhead);
        }
    }

    /** The first instant of a day in the office's time zone (date filters count whole days). */
    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after a day in the office's time zone. */
    public static Instant endOf(LocalDate day) {
        return day == null ? null : startOf(day.plusDays(1));
    }

    public Instant now() {
        return Instant.now().plus(offset);
    }

    public boolean isControllable() {
        return controllable;
    }

    public void advance(Duration by) {
        if (!controllable) {
            throw new IllegalStateException("clock control is off");
        }
        offset = offset.plus(by);
    }
}
