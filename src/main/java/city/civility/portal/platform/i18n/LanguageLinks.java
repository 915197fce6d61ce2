package city.civility.portal.platform.i18n;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

/** The language switch in the header ({@code #{languages}}): one link per language, back to this page. */
@Named("languages")
@RequestScoped
public class LanguageLinks {

    public List<Locale> getAll() {
        return Languages.SUPPORTED;
    }

    public String href(Locale locale) {
        HttpServletRequest request = Faces.getRequest(); // the page's, not the container's: it has only the parameters the page cache keys by
        return request.getContextPath() + "/language?to=" + locale.toLanguageTag()
                + "&next=" + URLEncoder.encode(thisPage(request), StandardCharsets.UTF_8);
    }

    /** The address of the page being rendered, within the site: where a switch in its header comes back to. */
    public static String thisPage(HttpServletRequest request) {
        // On an error or forwarded page, come back to the address the visitor asked for.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String page = original != null ? (String) original
                : request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return page.substring(request.getContextPath().length());
    }
}
