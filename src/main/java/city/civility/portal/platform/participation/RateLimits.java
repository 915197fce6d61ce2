package city.civility.portal.platform.participation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How often one visitor (an address, a verified contact) may do one thing, per instance:
 * at most N times per window, the window starting at the first time. Each limit has a name
 * and a default set where it is used; {@code portal.limits.<name>} ({@code PORTAL_LIMITS_<NAME>})
 * overrides it as {@code N/duration}, e.g. {@code 60/PT1M}. Held in memory: for frequent,
 * cheap writes such as the reader count, where a count off by an instance does no harm.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    /** Windows kept at most; past it, ended windows are dropped, and if that is not enough, all. */
    static final int MAX_WINDOWS = 200_000;

    /** A limit: at most {@code times} per {@code window}. */
    public record Limit(int times, Duration window) {

        public Limit {
            if (times < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a limit allows at least once in a positive time: " + times + "/" + window);
            }
        }

        /** {@code 60/PT1M}: sixty times a minute. */
        public static Limit parse(String text) {
            String[] parts = text.strip().split("/", 2);
            try {
                return new Limit(Integer.parseInt(parts[0].strip()), Duration.parse(parts[1].strip()));
            } catch (NumberFormatException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("a limit is written N/duration, e.g. 60/PT1M, not: " + text, e);
            }
        }
    }

    private static final class Window {
        final long startedAt;
        int used; // guarded by this

        Window(long startedAt) {
            this.startedAt = startedAt;
        }
    }

    private final Map<String, Limit> limits = new ConcurrentHashMap<>();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * Counts one use of {@code name} by {@code visitor}, or throws {@link TooManyRequests}
     * when the visitor has used up the limit (the refused attempt is not counted).
     */
    public void check(String name, String defaultLimit, String visitor) {
        Limit limit = limits.computeIfAbsent(name, n -> Limit.parse(
                ConfigProvider.getConfig().getOptionalValue("portal.limits." + n, String.class).orElse(defaultLimit)));
        long now = System.nanoTime();
        long length = limit.window().toNanos();
        String key = name + " " + visitor;
        if (windows.size() >= MAX_WINDOWS) {
            makeRoom(now);
        }
        Window window = windows.compute(key, (k, w) -> w == null || now - w.startedAt >= length ? new Window(now) : w);
        synchronized (window) {
            if (window.used >= limit.times()) {
                long left = window.startedAt + length - now;
                throw new TooManyRequests(name, Math.max(1, (left + 999_999_999) / 1_000_000_000));
            }
            window.used++;
        }
    }

    private synchronized void makeRoom(long now) {
        if (windows.size() < MAX_WINDOWS) {
            return;
        }
        windows.entrySet().removeIf(e -> {
            Limit limit = limits.get(e.getKey().substring(0, e.getKey().indexOf(' ')));
            return now - e.getValue().startedAt >= limit.window().toNanos();
        });
        if (windows.size() >= MAX_WINDOWS * 3 / 4) {
            LOG.warning(() -> "event=rate-limit-windows-dropped count=" + windows.size() + " (more visitors at once than kept)");
            windows.clear();
        }
    }
}
