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

import city.civility.portal.ads.AdCalls;
import city.civility.portal.ads.AdFileRole;
import city.civility.portal.ads.AdService;

/**
 * The public addresses of the ad library: {@code /ads} (the gallery), {@code /ads/{id}} (an ad,
 * 410 once withdrawn) and {@code /ads/{id}/download/{original|large|web|poster|captions}}, which counts the
 * download and sends the browser on to the file as a download; the calls for works:
 * {@code /ads/calls}, {@code /ads/calls/{id}} (a call, and its form while open) and
 * {@code /ads/calls/track} (a sent work by its tracking number).
 */
@WebServlet({"/ads", "/ads/*"})
public class AdsRoutes extends HttpServlet {

    static final String SHOWN_AD = "shownAd";
    static final String SHOWN_CALL = "shownCall";
    private static final String VIEWS = "/WEB-INF/views/ads/";
    private static final Pattern AD = Pattern.compile("/([0-9]{1,18})");
    private static final Pattern CALL = Pattern.compile("/calls/([0-9]{1,18})");
    private static final Pattern DOWNLOAD = Pattern.compile("/([0-9]{1,18})/download/(original|large|web|poster|captions)");

    @Inject
    AdService ads;

    @Inject
    AdCalls calls;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Matcher call = CALL.matcher(path);
        if (call.matches()) {
            showCall(Long.parseLong(call.group(1)), post, request, response); // and its form's POST back
        } else if (post) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else {
            get(path, request, response);
        }
    }

    private void showCall(long id, boolean post, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (post && !String.valueOf(request.getContentType()).startsWith("multipart/form-data")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST); // the page sends its form with a file; anything else did not come from it
            return;
        }
        var shown = calls.call(id);
        if (shown.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(SHOWN_CALL, shown.get());
        request.getRequestDispatcher(VIEWS + "call.xhtml").forward(request, response);
    }

    private void get(String path, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Matcher ad = AD.matcher(path);
        Matcher download = DOWNLOAD.matcher(path);
        if (path.isEmpty() || path.equals("/")) {
            request.getRequestDispatcher(VIEWS + "index.xhtml").forward(request, response);
        } else if (path.equals("/calls")) {
            request.getRequestDispatcher(VIEWS + "calls.xhtml").forward(request, response);
        } else if (path.equals("/calls/track")) {
            request.getRequestDispatcher(VIEWS + "entry.xhtml").forward(request, response);
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
