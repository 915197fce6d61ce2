package city.civility.portal.platform.i18n;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The language switch in the header ({@code #{languages}}): one link per language, back to this page. */
@Named("languages")
@RequestScoped
public class LanguageLinks {

    @Inject
    HttpServletRequest request;

    public List<Locale> getAll() {
        return Languages.SUPPORTED;
    }

    public String href(Locale locale) {
        // On an error or forwarded page, come back to the address the visitor asked for.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String page = original != null ? (String) original
                : request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        page = page.substring(request.getContextPath().length());
        return request.getContextPath() + "/language?to=" + locale.toLanguageTag()
                + "&next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }
}
