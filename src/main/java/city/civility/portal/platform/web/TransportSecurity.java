package city.civility.portal.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal behind TLS ({@code portal.tls}, PORTAL_TLS: the proxy in front ends https, see
 * src/main/deploy/nginx.conf): browsers are told to come back over https only (HSTS, set by
 * {@link SecurityHeadersFilter}) and every cookie the portal sets is {@code Secure}, the
 * session's too, so none is ever sent over plain http.
 */
@WebListener
public class TransportSecurity implements ServletContextListener {

    /** A year: browsers keep to https for that long after their last visit. */
    static final String HSTS = "max-age=31536000";

    private static volatile Boolean on;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (isOn()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    public static boolean isOn() {
        Boolean known = on;
        if (known == null) {
            known = ConfigProvider.getConfig().getOptionalValue("portal.tls", Boolean.class).orElse(false);
            on = known;
        }
        return known;
    }

    /** Whether a cookie set in answer to {@code request} must be Secure: behind TLS, or this request came over https anyway. */
    public static boolean secureCookies(HttpServletRequest request) {
        return isOn() || request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
