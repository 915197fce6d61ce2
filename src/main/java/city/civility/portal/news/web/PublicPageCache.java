package city.civility.portal.news.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.news.PublicContentVersion;
import city.civility.portal.platform.i18n.Languages;

/**
 * Makes the public read-only pages cheap: answers 304 to a browser that has the
 * current version (ETag, Last-Modified), and keeps rendered pages in memory until
 * anything public changes ({@link PublicContentVersion}): at once for what this
 * instance publishes, within a second for other instances of a cluster.
 */
@WebFilter(urlPatterns = "/*", filterName = "publicPageCache")
public class PublicPageCache extends HttpFilter {

    /** The pages that only read public content and look the same to every visitor of a language. */
    private static final Pattern CACHEABLE = Pattern.compile(
            "/|/index\\.xhtml|/news/[0-9]{1,18}|/channel/[a-z0-9-]{1,64}|/topics|/topic/[a-z0-9-]{1,64}|/feed\\.xml|/feed/[a-z0-9-]{1,64}\\.xml|/sitemap\\.xml|/api/articles(/[0-9]{1,18})?");
    /** The largest page kept, and all pages together (the least recently read go first). */
    private static final int MAX_BYTES = 512 * 1024;
    private static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    /**
     * A rendered page, for the public version it shows. Kept at most {@link #MAX_AGE}, which bounds
     * staleness should two publications ever commit out of the order of their times.
     */
    private record Page(Instant version, Instant renderedAt, String contentType, byte[] body) {
    }

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final KeptPages<Page> pages = new KeptPages<>(MAX_TOTAL_BYTES, page -> page.body().length);

    /** The pages being rendered right now. */
    private final Set<String> rendering = ConcurrentHashMap.newKeySet();

    @Inject
    PublicContentVersion publicContent;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !CACHEABLE.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        Instant version = publicContent.current();
        String language = Languages.of(request).toLanguageTag();
        String etag = etag(version, language);
        label(response, version, language);
        response.setHeader("Cache-Control", "no-cache"); // browsers may keep it, but ask each time (cheap: 304)
        response.setHeader("Vary", "Cookie");
        if (etag.equals(request.getHeader("If-None-Match"))
                || (request.getHeader("If-None-Match") == null
                    && request.getDateHeader("If-Modified-Since") >= version.truncatedTo(ChronoUnit.SECONDS).toEpochMilli()
                    && version.getNano() == 0)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String key = language + " " + path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Page cached = pages.get(key);
        boolean fresh = cached != null && cached.version().equals(version) && cached.renderedAt().isAfter(Instant.now().minus(MAX_AGE));
        // One request renders a stale page anew; meanwhile the others get the previous copy, rather
        // than all rendering it at once (a popular page under load would otherwise stall everyone).
        boolean renderHere = !fresh && rendering.add(key);
        if (fresh || (!renderHere && cached != null)) {
            label(response, cached.version(), language); // a previous copy says which version it is
            response.setContentType(cached.contentType());
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        try {
            renderAndRemember(request, response, chain, key, version);
        } finally {
            if (renderHere) {
                rendering.remove(key);
            }
        }
    }

    private static String etag(Instant version, String language) {
        return "W/\"" + version.getEpochSecond() + "." + version.getNano() + "-" + language + "\"";
    }

    private static void label(HttpServletResponse response, Instant version, String language) {
        response.setHeader("ETag", etag(version, language));
        response.setDateHeader("Last-Modified", version.toEpochMilli());
    }

    private void renderAndRemember(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
                                   Instant version) throws IOException, ServletException {
        CapturedResponse capture = new CapturedResponse(response);
        chain.doFilter(request, capture);
        if (capture.passedThrough()) {
            return; // an error page or a redirect: the container writes it
        }
        byte[] body = capture.bytes();
        if (capture.getStatus() == HttpServletResponse.SC_OK && !capture.setsCookie() && body.length <= MAX_BYTES
                && capture.getContentType() != null) {
            pages.put(key, new Page(version, Instant.now(), capture.getContentType(), body));
        }
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
        }
        response.getOutputStream().write(body);
    }
}
