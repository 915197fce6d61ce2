package city.civility.portal.ads.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.ads.AdFormat;
import city.civility.portal.ads.AdService;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;

/**
 * An ad's files as the editor's page sends them (ads-admin.js): {@code POST /admin/ads/upload?ad={id}&file=original|poster|captions},
 * the file itself as the body ({@code application/octet-stream}), its name in {@code X-File-Name}
 * (percent-encoded). Not a multipart form: a film of 500 MB goes straight from the connection to
 * the media library's disk, and the page shows its progress. Answers JSON; a refusal says why in
 * the editor's language and keeps nothing.
 * <p>
 * Another site cannot make a browser send this: a cross-site request of that type needs the
 * portal's permission first (CORS), which it never gives, and the browser's own word on where the
 * request comes from must say this site.
 */
@WebServlet("/admin/ads/upload")
public class AdUploads extends HttpServlet {

    /** The largest original any format takes: a longer body is refused before it is read. */
    private static final long MAX_BYTES = Arrays.stream(AdFormat.values()).mapToLong(AdFormat::maxOriginalMb).max().orElseThrow() * 1024L * 1024L;

    @Inject
    AdService ads;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Languages.of(request);
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("ad")));
        } catch (NumberFormatException e) {
            ApiError.send(response, HttpServletResponse.SC_BAD_REQUEST, "bad_request", language, "ads.upload.badRequest");
            return;
        }
        String file = String.valueOf(request.getParameter("file"));
        if (!file.equals("original") && !file.equals("poster") && !file.equals("captions")
                || !String.valueOf(request.getContentType()).startsWith("application/octet-stream")) {
            ApiError.send(response, HttpServletResponse.SC_BAD_REQUEST, "bad_request", language, "ads.upload.badRequest");
            return;
        }
        if (!fromThisSite(request)) {
            ApiError.send(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", language, "ads.upload.otherSite");
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            ApiError.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too_large", language, "media.tooLarge", MAX_BYTES / 1024 / 1024);
            return;
        }
        String name = URLDecoder.decode(String.valueOf(request.getHeader("X-File-Name")), StandardCharsets.UTF_8);
        try (InputStream content = request.getInputStream()) {
            switch (file) {
                case "original" -> ads.uploadOriginal(id, name, content);
                case "poster" -> ads.uploadPoster(id, name, content);
                default -> ads.uploadCaptions(id, name, content);
            }
        } catch (RuleViolation refused) {
            ApiError.send(response, HttpServletResponse.SC_BAD_REQUEST, "refused", language, refused.messageKey(), refused.args());
            return;
        } catch (EJBAccessException e) {
            ApiError.send(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", language, "ads.upload.notAllowed");
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The browser says the request comes from this site's own page (Sec-Fetch-Site, else Origin). */
    private static boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        return origin != null && host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
