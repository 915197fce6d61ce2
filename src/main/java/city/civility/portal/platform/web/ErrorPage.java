package city.civility.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which message the error page shows: by status code, or "expired" for a stale form. */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    HttpServletRequest request;

    public String getKind() {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = (Throwable) exception; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return "expired";
            }
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return switch (status == null ? 500 : (Integer) status) {
            case 403 -> "403";
            case 404 -> "404";
            case 410 -> "410";
            case 413 -> "413";
            case 503 -> "503";
            case 400, 405 -> "400";
            default -> "500";
        };
    }
}
