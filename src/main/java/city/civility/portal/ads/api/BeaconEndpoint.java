package city.civility.portal.ads.api;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.ads.AdCounts;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;

/**
 * {@code POST /api/ads/beacon} ({@code ad}, {@code placement}, {@code seen=impression|click},
 * form-encoded, as {@code navigator.sendBeacon} sends them): an ad was shown or followed. 204 when
 * counted; 400 when the ad is not on air on that placement today. A plain servlet: the banner and
 * the screens send thousands a second.
 */
@WebServlet(urlPatterns = "/api/ads/beacon", name = "adBeacon")
public class BeaconEndpoint extends HttpServlet {

    @Inject
    AdCounts counts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ad = request.getParameter("ad");
        String placement = request.getParameter("placement");
        String seen = request.getParameter("seen");
        response.setHeader("Cache-Control", "no-store");
        if (ad == null || !ad.matches("[0-9]{1,18}") || placement == null || !("impression".equals(seen) || "click".equals(seen))
                || !counts.count(Long.parseLong(ad), placement, "click".equals(seen) ? AdCounts.Seen.CLICK : AdCounts.Seen.IMPRESSION)) {
            ApiError.send(response, HttpServletResponse.SC_BAD_REQUEST, "not_on_air", Languages.of(request), "ads.beacon.notOnAir");
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
