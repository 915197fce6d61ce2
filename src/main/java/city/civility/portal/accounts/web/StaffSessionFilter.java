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
 * Keeps admin sessions honest between sign-ins: a session whose account changed since it
 * signed in (disabled, roles taken or given, password changed elsewhere or reset) is signed
 * out at its next request, since the roles it holds are those of its sign-in; and a user with
 * a password handed out by an administrator must choose their own before doing anything else.
 */
@WebFilter(urlPatterns = "/admin/*", filterName = "staffSession")
public class StaffSessionFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/admin/password.xhtml";
    /** The account's access generation this session signed in with ({@link StaffUser#getAccessGeneration()}). */
    private static final String ACCESS = "portal.staffAccess";

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            Optional<StaffUser> user = accounts.findByUsername(caller.getName());
            HttpSession current = request.getSession(false);
            Object access = current == null ? null : current.getAttribute(ACCESS);
            if (user.isEmpty() || !user.get().isEnabled() || !Integer.valueOf(user.get().getAccessGeneration()).equals(access)) {
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

    /** The session now holds the account as it is at {@code accessGeneration}: at sign-in, and after its own password change. */
    static void remember(HttpServletRequest request, int accessGeneration) {
        request.getSession().setAttribute(ACCESS, accessGeneration);
    }
}
