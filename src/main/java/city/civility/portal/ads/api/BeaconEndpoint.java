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
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.TooManyRequests;

/**
 * {@code POST /api/ads/beacon} ({@code ad}, {@code placement}, {@code seen=impression|click},
 * form-encoded, as {@code navigator.sendBeacon} sends them): an ad was shown or followed. 204 when
 * counted; 400 when the ad is not on air on that placement today; 429 past the beacons one address
 * may send (PORTAL_LIMITS_AD_BEACONS, held in memory and never stored: a script cannot inflate an
 * ad's figures, while an office of hundreds behind one address stays well under it). A plain
 * servlet: the banner and the screens send thousands a second.
 */
@WebServlet(urlPatterns = "/api/ads/beacon", name = "adBeacon")
public class BeaconEndpoint extends HttpServlet {

    /** A screen shows an ad every few seconds, a reader's banner every eight: 600 a minute is an office of a hundred at once. */
    static final String BEACONS_PER_ADDRESS = "600/PT1M";

    @Inject
    AdCounts counts;

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ad = request.getParameter("ad");
        String placement = request.getParameter("placement");
        String seen = request.getParameter("seen");
        response.setHeader("Cache-Control", "no-store");
        try {
            limits.check("ad-beacons", BEACONS_PER_ADDRESS, clientAddress.of(request));
        } catch (TooManyRequests refused) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            ApiError.send(response, 429, "too_many", Languages.of(request), "ads.beacon.tooMany");
            return;
        }
        if (ad == null || !ad.matches("[0-9]{1,18}") || placement == null || !("impression".equals(seen) || "click".equals(seen))
                || !counts.count(Long.parseLong(ad), placement, "click".equals(seen) ? AdCounts.Seen.CLICK : AdCounts.Seen.IMPRESSION)) {
            ApiError.send(response, HttpServletResponse.SC_BAD_REQUEST, "not_on_air", Languages.of(request), "ads.beacon.notOnAir");
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
