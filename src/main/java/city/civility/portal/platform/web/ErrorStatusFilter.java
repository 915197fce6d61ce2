package city.civility.portal.platform.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.platform.Database;

/**
 * Turns two kinds of failure into the status the visitor should see instead of a 500:
 * a refused role check (403) and an unreachable database (503, "try again shortly").
 * The error pages themselves are in web.xml; none shows a stack trace.
 */
@WebFilter(urlPatterns = "/*", filterName = "errorStatus")
public class ErrorStatusFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ErrorStatusFilter.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (hasCause(e, EJBAccessException.class)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if ((hasCause(e, SQLException.class) || hasCause(e, PersistenceException.class)) && !databaseReachable()) {
                LOG.log(Level.WARNING, "event=database-unavailable uri={0}", request.getRequestURI());
                response.setHeader("Retry-After", "30");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else {
                throw e;
            }
        }
    }

    private boolean databaseReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
