package city.civility.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The portal's one content security policy. Scripts come only from this site; a page's inline
 * scripts (PrimeFaces' widgets and event handlers on the staff pages) run only with the nonce
 * PrimeFaces gives the rendering and appends to {@code script-src} (web.xml, primefaces.CSP_POLICY).
 * Styles may be inline (PrimeFaces positions its widgets with style attributes; a style cannot
 * run code). Images may come from other https sites: imported articles link them.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    /** Everything but script-src, which ends the policy so that PrimeFaces can add its nonce to it. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'; script-src 'self'";

    /** For a page JSF renders: PrimeFaces appends {@code 'nonce-…';}. */
    public String getRendered() {
        return POLICY;
    }

    /** For every other answer (files, feeds, JSON, error pages): no inline script at all. */
    static String withoutNonce() {
        return POLICY + ";";
    }
}
