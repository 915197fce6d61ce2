package city.civility.portal.ads.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.ads.AdFileRole;
import city.civility.portal.ads.AdService;

/**
 * The public addresses of the ad library: {@code /ads} (the gallery), {@code /ads/{id}} (an ad,
 * 410 once withdrawn) and {@code /ads/{id}/download/{original|large|web|poster}}, which counts the
 * download and sends the browser on to the file as a download.
 */
@WebServlet({"/ads", "/ads/*"})
public class AdsRoutes extends HttpServlet {

    static final String SHOWN_AD = "shownAd";
    private static final String VIEWS = "/WEB-INF/views/ads/";
    private static final Pattern AD = Pattern.compile("/([0-9]{1,18})");
    private static final Pattern DOWNLOAD = Pattern.compile("/([0-9]{1,18})/download/(original|large|web|poster)");

    @Inject
    AdService ads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher ad = AD.matcher(path);
        Matcher download = DOWNLOAD.matcher(path);
        if (path.isEmpty() || path.equals("/")) {
            request.getRequestDispatcher(VIEWS + "index.xhtml").forward(request, response);
        } else if (ad.matches()) {
            long id = Long.parseLong(ad.group(1));
            var shown = ads.publicAd(id);
            if (shown.isPresent()) {
                request.setAttribute(SHOWN_AD, shown.get());
                request.getRequestDispatcher(VIEWS + "ad.xhtml").forward(request, response);
            } else {
                response.sendError(ads.withdrawn(id) ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
            }
        } else if (download.matches()) {
            var file = ads.download(Long.parseLong(download.group(1)), AdFileRole.valueOf(download.group(2).toUpperCase(Locale.ROOT)));
            if (file.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setHeader("Cache-Control", "no-store"); // every download passes here to be counted
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + file.get().getUrl() + "?download");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
