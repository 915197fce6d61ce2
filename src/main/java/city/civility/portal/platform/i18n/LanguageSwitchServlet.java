package city.civility.portal.platform.i18n;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.platform.web.TransportSecurity;

/**
 * {@code GET /language?to=en&next=/page}: remembers the chosen language for a year
 * and goes back to the page the visitor came from. A plain link, so it works
 * without JavaScript and from the keyboard.
 */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Languages.byTag(request.getParameter("to")).ifPresent(locale -> {
            Cookie cookie = new Cookie(Languages.COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(TransportSecurity.secureCookies(request));
            response.addCookie(cookie);
        });
        response.setHeader("Cache-Control", "private, no-store"); // it sets this visitor's cookie
        response.sendRedirect(request.getContextPath() + safeNext(request.getParameter("next")));
    }

    /** Only a path on this site: never another host, so the switch cannot be used as an open redirect. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
