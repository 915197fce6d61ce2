package city.civility.portal.accounts.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.platform.web.TransportSecurity;

/**
 * The sign-in form's token against cross-site requests. The form is stateless (no session, no
 * view state to check), so another site's page could otherwise post it from a visitor's browser
 * and sign them in to an account of the attacker's choosing. The token is in a cookie that
 * browsers send with this site's own requests only (SameSite=Strict) and in the form; a
 * sign-in is tried only when both agree.
 */
@WebFilter(urlPatterns = "/login.xhtml", filterName = "signInForm")
public class SignInForm extends HttpFilter {

    static final String COOKIE = "portal_signin";
    static final String FIELD = "signInToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String token = cookie(request).orElse(null);
        if (token == null || "GET".equals(request.getMethod())) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String issued = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            response.addHeader("Set-Cookie", COOKIE + "=" + issued + "; Path=" + request.getContextPath() + "/login.xhtml; HttpOnly; SameSite=Strict"
                    + (TransportSecurity.secureCookies(request) ? "; Secure" : ""));
            token = issued; // a fresh token per form shown, and for a form posted without one
        }
        request.setAttribute(FIELD, token);
        chain.doFilter(request, response);
    }

    /** Whether this POST carries the token of the form its browser was shown. */
    static boolean isGenuine(HttpServletRequest request) {
        String sent = request.getParameter(FIELD);
        return sent != null && cookie(request)
                .map(kept -> MessageDigest.isEqual(kept.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> c.getName().equals(COOKIE)).map(Cookie::getValue)
                .filter(v -> v.matches("[A-Za-z0-9_-]{32}")).findFirst();
    }
}
