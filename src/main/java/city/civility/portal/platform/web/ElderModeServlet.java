package city.civility.portal.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.platform.i18n.LanguageSwitchServlet;

/**
 * {@code GET /mode?to=elder&next=/page}: switches the 长辈版 (the elderly-friendly mode) on, to its
 * second colour scheme ({@code elder-dark}) or off ({@code standard}), remembered for a year, and goes
 * back to the page. The mode itself is portal.css, applied by public.js from this cookie: public pages
 * are cached and the same bytes for every visitor, so no page is rendered differently for it.
 */
@WebServlet("/mode")
public class ElderModeServlet extends HttpServlet {

    public static final String COOKIE = "portal_mode";
    static final Set<String> MODES = Set.of("elder", "elder-dark");
    static final String STANDARD = "standard";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = request.getParameter("to");
        if (MODES.contains(to) || STANDARD.equals(to)) {
            Cookie cookie = new Cookie(COOKIE, STANDARD.equals(to) ? "" : to);
            cookie.setPath("/");
            cookie.setMaxAge(STANDARD.equals(to) ? 0 : (int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(false); // the page's script reads it; it says only how the visitor likes to read
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(TransportSecurity.secureCookies(request));
            response.addCookie(cookie);
        }
        response.setHeader("Cache-Control", "private, no-store"); // it sets this visitor's cookie
        response.sendRedirect(request.getContextPath() + LanguageSwitchServlet.safeNext(request.getParameter("next")));
    }
}
