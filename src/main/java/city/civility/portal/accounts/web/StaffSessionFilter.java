package city.civility.portal.accounts.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import city.civility.portal.accounts.AccountService;
import city.civility.portal.accounts.StaffUser;

/**
 * Keeps admin sessions honest between sign-ins: a user disabled meanwhile is signed
 * out at once, and a user with a password handed out by an administrator must
 * choose their own before doing anything else.
 */
@WebFilter(urlPatterns = "/admin/*", filterName = "staffSession")
public class StaffSessionFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/admin/password.xhtml";

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            Optional<StaffUser> user = accounts.findByUsername(caller.getName());
            if (user.isEmpty() || !user.get().isEnabled()) {
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (user.get().isMustChangePassword() && !path.equals(PASSWORD_PAGE)) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
