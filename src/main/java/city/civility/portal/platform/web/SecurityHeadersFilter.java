package city.civility.portal.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer carries: no MIME sniffing, no framing by other sites, no full
 * URLs leaked to other sites, and staff pages kept by no cache, neither the browser's
 * nor a shared one in front (nginx).
 */
@WebFilter(urlPatterns = "/*", filterName = "securityHeaders")
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/") || path.equals("/login.xhtml")) {
            response.setHeader("Cache-Control", "private, no-store");
        }
        chain.doFilter(request, response);
    }
}
