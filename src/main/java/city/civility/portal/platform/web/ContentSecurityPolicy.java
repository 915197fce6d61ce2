package city.civility.portal.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The portal's one content security policy. Scripts come only from this site; a page's inline
 * scripts (PrimeFaces' widgets and event handlers on the staff pages) run only with the nonce
 * PrimeFaces gives the rendering and appends to {@code script-src} (web.xml, primefaces.CSP_POLICY).
 * Styles may be inline (PrimeFaces positions its widgets with style attributes; a style cannot
 * run code). Images may come from other https sites (imported articles link them) and from
 * the map's tile server ({@link MapTiles}).
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    @Inject
    MapTiles map;

    /** Everything but script-src, which ends the policy so that PrimeFaces can add its nonce to it. */
    private String policy;

    @PostConstruct
    void compose() {
        // The map's tiles may come from a tile server inside the city's network, over plain http.
        String tiles = map.origin().filter(origin -> origin.startsWith("http:")).map(origin -> " " + origin).orElse("");
        policy = "default-src 'self'; img-src 'self' data: https:" + tiles + "; style-src 'self' 'unsafe-inline'; "
                + "font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'self'; script-src 'self'";
    }

    /** For a page JSF renders: PrimeFaces appends {@code 'nonce-…';}. */
    public String getRendered() {
        return policy;
    }

    /** For every other answer (files, feeds, JSON, error pages): no inline script at all. */
    String withoutNonce() {
        return policy + ";";
    }
}
