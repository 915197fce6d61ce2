package city.civility.portal.platform.i18n;

import java.util.Locale;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Every page renders in the language the visitor chose (see {@link Languages}), not the browser's. */
public class CookieLocaleViewHandler extends ViewHandlerWrapper {

    public CookieLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Languages.of((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
