package city.civility.portal.platform.participation;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.platform.web.TransportSecurity;

/**
 * A visitor known by a random id in a cookie ({@code portal_visitor}), without an account
 * and without anything about them: what their form tokens are bound to, and what a like
 * counts once a day for. Set only by the calls that need it, never on a cached page.
 */
public final class VisitorCookie {

    public static final String NAME = "portal_visitor";
    private static final Duration KEPT = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private VisitorCookie() {
    }

    /** The visitor's id, from their cookie; a new one, set in {@code response}, if they have none (or a forged one). */
    public static String of(HttpServletRequest request, HttpServletResponse response) {
        return existing(request).orElseGet(() -> {
            byte[] id = new byte[16];
            RANDOM.nextBytes(id);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            response.addHeader("Set-Cookie", NAME + "=" + value + "; Path=/; Max-Age=" + KEPT.toSeconds()
                    + "; HttpOnly; SameSite=Lax" + (TransportSecurity.secureCookies(request) ? "; Secure" : ""));
            return value;
        });
    }

    /** The visitor's id, if their cookie holds one. */
    public static java.util.Optional<String> existing(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{22}")) {
                    return java.util.Optional.of(cookie.getValue());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
