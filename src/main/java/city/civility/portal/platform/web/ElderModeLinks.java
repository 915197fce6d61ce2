package city.civility.portal.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

import city.civility.portal.platform.i18n.LanguageLinks;

/** The 长辈版 switch in the public header ({@code #{elderMode}}): links to {@link ElderModeServlet}, back to this page. */
@Named("elderMode")
@RequestScoped
public class ElderModeLinks {

    public String href(String to) {
        HttpServletRequest request = Faces.getRequest(); // the page's: only the parameters the page cache keys by
        return request.getContextPath() + "/mode?to=" + to + "&next=" + URLEncoder.encode(LanguageLinks.thisPage(request), StandardCharsets.UTF_8);
    }
}
