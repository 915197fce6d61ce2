package city.civility.portal.platform.web;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import city.civility.portal.platform.i18n.Texts;

/** The two ways a staff page ends other than by rendering itself. */
public final class FacesResponses {

    private FacesResponses() {
    }

    /** The page's subject (?id=) does not exist: the 404 page, nothing else rendered. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    /**
     * Goes on to {@code path} (below the context root) and shows the message there; after
     * something was created, so that reloading the page does not create it again.
     */
    public static void redirectWithInfo(String path, String messageKey, Object... args) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Texts.info(messageKey, args);
        external.redirect(external.getRequestContextPath() + path);
    }
}
