package city.civility.portal.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.DispatcherType;

/**
 * Headers every answer carries: the content security policy ({@link ContentSecurityPolicy}),
 * no MIME sniffing, no framing by other sites, no full URLs leaked to other sites, and staff
 * pages kept by no cache, neither the browser's nor a shared one in front (nginx).
 */
@WebFilter(urlPatterns = "/*", filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    ContentSecurityPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(ContentSecurityPolicy.HEADER, policy.withoutNonce());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (TransportSecurity.isOn()) {
            response.setHeader("Strict-Transport-Security", TransportSecurity.HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/") || path.equals("/login.xhtml")) {
            response.setHeader("Cache-Control", "private, no-store");
        }
        // A JSF page posted straight to its address (a forwarded one gets a nonce from PrimeFaces itself), or an error page.
        boolean statelessView = path.endsWith(".xhtml") && !path.startsWith("/admin/") || request.getDispatcherType() == DispatcherType.ERROR;
        chain.doFilter("POST".equals(request.getMethod()) && statelessView ? new StatelessPostback(request) : request, new OnePolicy(response));
    }

    /**
     * A form of a stateless view (the public pages' forms, the sign-in, an error page shown for a
     * postback) posted without PrimeFaces' nonce: browsers post these without PrimeFaces' script,
     * and PrimeFaces, finding no nonce kept by the view to check it against, would refuse the
     * request for lacking one. It gets a fresh nonce for the page it renders. (Staff pages keep
     * their nonce in their view, and PrimeFaces checks what is posted against it.)
     */
    private static final class StatelessPostback extends GivenParameters {

        private static final String NONCE = "primefaces.nonce";

        StatelessPostback(HttpServletRequest request) {
            super(request, withNonce(request.getParameterMap()));
        }

        private static Map<String, String[]> withNonce(Map<String, String[]> posted) {
            Map<String, String[]> all = new LinkedHashMap<>(posted);
            all.putIfAbsent(NONCE, new String[] {Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))});
            return all;
        }
    }

    /**
     * A page JSF renders gets PrimeFaces' policy, the same with its nonce, in place of the one set
     * here: two policies would both apply, and the one without the nonce would block the page's scripts.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
