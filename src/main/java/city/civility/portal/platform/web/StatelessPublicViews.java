package city.civility.portal.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Every view outside {@code /admin/} is stateless from the moment it is created, not only once
 * its template's {@code <f:view transient="true">} is read: what runs before that (PrimeFaces'
 * content security policy keeps its nonce in the view's state) must not open a session for a
 * public page, which would make it one visitor's and keep it out of every cache.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (viewId != null && !viewId.startsWith("/admin/")) {
            view.setTransient(true);
        }
        return view;
    }
}
