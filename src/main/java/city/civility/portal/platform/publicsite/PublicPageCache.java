package city.civility.portal.platform.publicsite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import city.civility.portal.platform.i18n.Languages;

/**
 * Makes the public read-only pages cheap: answers 304 to a browser that has the
 * current version (ETag, Last-Modified), and keeps rendered pages in memory, plain and
 * gzipped, until anything public changes ({@link PublicContentVersion}): at once for
 * what this instance publishes, within a second for other instances of a cluster.
 * A shared cache in front (nginx: src/main/deploy/nginx.conf) may keep a page for one
 * second, keyed by the language cookie ({@link Languages#COOKIE}), never by the others.
 */
@WebFilter(urlPatterns = "/*", filterName = "publicPageCache")
public class PublicPageCache extends HttpFilter {

    /** The site's own pages that only read public content; each feature adds its own ({@link PublicContribution#cacheablePages()}). */
    private static final PublicContribution.CacheablePages SITE_PAGES =
            new PublicContribution.CacheablePages("/|/index\\.xhtml|/sitemap\\.xml|/sitemap-[1-9][0-9]{0,5}\\.xml|/feed\\.xml");
    /**
     * The largest page kept (a sitemap file of 50,000 addresses is about 5 MB; an eighth of the
     * whole, so one page never pushes out many), and all pages together (the least recently read go first).
     */
    private static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    /**
     * Browsers ask every time (answered by a cheap 304), since they switch languages by cookie;
     * a shared cache keyed by language may answer for a second from its copy.
     */
    public static final String SHARED = "public, max-age=0, s-maxage=1";
    /** Per-visitor answers (a new session, a cookie): for this browser only, never kept. */
    static final String PERSONAL = "private, no-store";

    /**
     * A rendered page, as is and gzipped, for the public version it shows. Kept at most
     * {@link #MAX_AGE}, which bounds staleness should two publications ever commit out of the
     * order of their times.
     */
    private record Page(Instant version, Instant renderedAt, String contentType, String policy, byte[] body, byte[] gzipped) {

        long size() {
            return body.length + gzipped.length;
        }
    }

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final KeptPages<Page> pages = new KeptPages<>(MAX_TOTAL_BYTES, Page::size);

    /** The pages being rendered right now, each with what its rendering will keep (null: nothing to share). */
    private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    /** How long a request waits for another's rendering of its page before rendering it itself. */
    private static final Duration RENDER_WAIT = Duration.ofSeconds(5);

    @Inject
    PublicContentVersion publicContent;

    @Inject
    @Any
    Instance<PublicContribution> contributions;

    /** The pages that only read public content and look the same to every visitor of a language. */
    private List<PublicContribution.CacheablePages> cacheable;

    @Override
    public void init() {
        cacheable = Stream.concat(Stream.of(SITE_PAGES), contributions.stream().flatMap(c -> c.cacheablePages().stream())).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PublicContribution.CacheablePages group = "GET".equals(request.getMethod()) ? cacheablePages(path) : null;
        if (group == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest declared = new DeclaredParameters(request, group.parameters());
        Instant version = publicContent.current();
        Locale language = Languages.of(request);
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Vary", "Accept-Encoding");
        if (notModified(request, etag(version, language, gzip), version)) {
            label(response, version, language, gzip, SHARED);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String key = language.toLanguageTag() + " " + path + (declared.getQueryString() == null ? "" : "?" + declared.getQueryString());
        Page cached = pages.get(key);
        if (cached != null && cached.version().equals(version) && cached.renderedAt().isAfter(Instant.now().minus(MAX_AGE))) {
            send(response, cached, language, gzip, SHARED);
            return;
        }
        // One request renders a page anew and the others asking for it meanwhile wait for its copy,
        // rather than all render it at once (a popular page under load would stall everyone). Never
        // a previous copy instead: it may show what was withdrawn since.
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            Page rendered = await(theirs);
            if (rendered != null && rendered.version().equals(version)) {
                send(response, rendered, language, gzip, SHARED);
            } else {
                renderAndRemember(declared, response, chain, key, version, language, gzip); // gone, personal, or older than this request
            }
            return;
        }
        Page rendered = null;
        try {
            rendered = renderAndRemember(declared, response, chain, key, version, language, gzip);
        } finally {
            rendering.remove(key, mine);
            mine.complete(rendered);
        }
    }

    private PublicContribution.CacheablePages cacheablePages(String path) {
        for (PublicContribution.CacheablePages group : cacheable) {
            if (group.paths().matcher(path).matches()) {
                return group;
            }
        }
        return null;
    }

    /** Another request's rendering of the same page; null if it kept nothing, failed or took too long. */
    private static Page await(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant version) {
        String asked = request.getHeader("If-None-Match");
        if (asked != null) {
            return asked.equals("*") || Arrays.asList(asked.split("\\s*,\\s*")).contains(etag);
        }
        return request.getDateHeader("If-Modified-Since") >= version.truncatedTo(ChronoUnit.SECONDS).toEpochMilli()
                && version.getNano() == 0;
    }

    /** Whether the client takes gzip ({@code Accept-Encoding: gzip, br}; not when it says {@code gzip;q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean wildcard = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean accepted = parts.length < 2 || !parts[1].strip().matches("(?i)q\\s*=\\s*0(\\.0{0,3})?");
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return accepted;
            }
            if (name.equals("*")) {
                wildcard = accepted;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    /** One tag per version, language and encoding: a gzipped and a plain copy are different bytes. */
    static String etag(Instant version, Locale language, boolean gzip) {
        return "W/\"" + version.getEpochSecond() + "." + version.getNano() + "-" + language.toLanguageTag() + (gzip ? "-gzip" : "") + "\"";
    }

    private static void label(HttpServletResponse response, Instant version, Locale language, boolean gzip, String cacheControl) {
        response.setHeader("ETag", etag(version, language, gzip));
        response.setDateHeader("Last-Modified", version.toEpochMilli());
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Content-Language", language.toLanguageTag());
    }

    private static void send(HttpServletResponse response, Page page, Locale language, boolean gzip, String cacheControl)
            throws IOException {
        label(response, page.version(), language, gzip, cacheControl); // a previous copy says which version it is
        byte[] body = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentType(page.contentType());
        if (page.policy() != null) {
            // The nonce of the rendering this copy came from: the same for every reader of the copy, and
            // the copy holds nothing of any visitor's for a script to be slipped into.
            response.setHeader(CapturedResponse.POLICY, page.policy());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Renders the page and answers with it; returns the copy kept for others, if it may be kept. */
    private Page renderAndRemember(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
                                   Instant version, Locale language, boolean gzip) throws IOException, ServletException {
        CapturedResponse capture = new CapturedResponse(response);
        chain.doFilter(request, capture);
        if (capture.passedThrough()) {
            pages.remove(key); // withdrawn (410), gone (404) or moved: no copy is kept
            return null; // the container writes the error page or the redirect
        }
        byte[] body = capture.bytes();
        boolean personal = capture.setsCookie() || startedSession(request);
        if (capture.getStatus() == HttpServletResponse.SC_OK && !personal && body.length <= MAX_BYTES
                && capture.getContentType() != null) {
            Page page = new Page(version, Instant.now(), capture.getContentType(), capture.policy(), body, gzip(body));
            pages.put(key, page);
            send(response, page, language, gzip, SHARED);
            return page;
        }
        pages.remove(key);
        response.setHeader("Cache-Control", personal ? PERSONAL : "no-cache");
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
        }
        response.getOutputStream().write(body);
        return null;
    }

    /** A page that opened a session sends its cookie: that answer is this visitor's alone. */
    private static boolean startedSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.isNew();
    }

    /** Compressed once when the page is kept, not per request. */
    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(body);
        }
        return out.toByteArray();
    }
}
