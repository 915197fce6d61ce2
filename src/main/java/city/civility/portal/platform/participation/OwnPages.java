package city.civility.portal.platform.participation;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from the site's own pages. Browsers say where a request was made
 * ({@code Sec-Fetch-Site}; older ones only {@code Origin} on a POST): a counter or a like
 * sent by another site's page, on its visitors' behalf, is refused. A request without either
 * header (a script, an old browser) is left to the rate limits.
 */
public final class OwnPages {

    private OwnPages() {
    }

    public static boolean sentFromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || request.getHeader("Host") == null) {
            return false;
        }
        String host = origin.replaceFirst("^[a-z]+://", "");
        return !host.equalsIgnoreCase(request.getHeader("Host")) && !host.equalsIgnoreCase(request.getHeader("X-Forwarded-Host"));
    }
}
