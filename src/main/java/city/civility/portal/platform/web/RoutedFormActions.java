package city.civility.portal.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A public page lives under {@code /WEB-INF/views/} and is shown at a readable address by
 * its feature's routes servlet (e.g. {@code /goodpeople/nominate}); its forms post back to
 * that address, which the routes servlet forwards to the page again, rather than to the
 * page's own file, which nobody may open.
 */
public class RoutedFormActions extends ViewHandlerWrapper {

    static final String ROUTED_VIEWS = "/WEB-INF/views/";

    public RoutedFormActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object shownAt = ((HttpServletRequest) context.getExternalContext().getRequest()).getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (viewId.startsWith(ROUTED_VIEWS) && shownAt instanceof String address) {
            return address;
        }
        return super.getActionURL(context, viewId);
    }
}
