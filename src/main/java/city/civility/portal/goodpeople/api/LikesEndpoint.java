package city.civility.portal.goodpeople.api;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.goodpeople.GoodPeopleLikes;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.OwnPages;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.TooManyRequests;
import city.civility.portal.platform.participation.VisitorCookie;

/**
 * The likes of a round's candidates: {@code GET /api/goodpeople/likes?ids=} (the live counts
 * of a cached page; gives the visitor their cookie) and {@code POST /api/goodpeople/likes/{id}}
 * (one like a day per visitor). Every view of a round's pages asks for the counts, and at a
 * campaign's peak residents like by the thousand a second, so these two answer from a plain
 * servlet: JAX-RS's routing and entity providers cost as much again as the like itself (the
 * likes benchmark, src/benchmarks/likes.sh). The rest of the API stays in {@link GoodPeopleResource}.
 */
@WebServlet(urlPatterns = "/api/goodpeople/likes/*", name = "goodPeopleLikes")
public class LikesEndpoint extends HttpServlet {

    /** Likes of one entry from one address a day (PORTAL_LIMITS_LIKES_PER_ENTRY): a family or an office shares an address, a script is stopped. */
    static final String LIKES_PER_ENTRY = "20/P1D";

    private static final Pattern IDS = Pattern.compile("[0-9]{1,18}(,[0-9]{1,18}){0,199}");
    private static final Pattern ONE_ID = Pattern.compile("/[0-9]{1,18}");
    /** Made once: Json.createGenerator looks the provider up through the class loaders on every call. */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Inject
    GoodPeopleLikes likes;

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ids = request.getParameter("ids");
        if (request.getPathInfo() != null || ids == null || !IDS.matcher(ids).matches()) {
            ApiError.send(response, HttpServletResponse.SC_BAD_REQUEST, "bad_query", Languages.of(request), "goodpeople.api.query");
            return;
        }
        VisitorCookie.of(request, response); // the pages ask for their counts first: a visitor may like from then on
        Map<Long, Long> counts = likes.counts(Arrays.stream(ids.split(",")).map(Long::valueOf).distinct().toList());
        answer(response, json -> counts.forEach((id, count) -> json.write(id.toString(), count)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Languages.of(request);
        String path = request.getPathInfo();
        if (path == null || !ONE_ID.matcher(path).matches()) {
            ApiError.send(response, HttpServletResponse.SC_NOT_FOUND, "notFound", language, "goodpeople.like.notFound");
            return;
        }
        long id = Long.parseLong(path.substring(1));
        if (OwnPages.sentFromAnotherSite(request)) {
            ApiError.send(response, HttpServletResponse.SC_FORBIDDEN, "cross_site", language, "goodpeople.like.crossSite");
            return;
        }
        // A visitor is known by the cookie the page's count request gave them; without one (a script
        // that drops cookies, or cookies off) there is nobody to count once.
        String visitor = VisitorCookie.existing(request).orElse(null);
        if (visitor == null) {
            ApiError.send(response, HttpServletResponse.SC_FORBIDDEN, "no_visitor", language, "goodpeople.like.noCookie");
            return;
        }
        String address = clientAddress.of(request);
        try {
            limits.check("likes-per-entry", LIKES_PER_ENTRY, address + " " + id);
            long count = likes.like(id, visitor, address);
            answer(response, json -> json.write("likes", count));
        } catch (TooManyRequests refused) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            ApiError.send(response, 429, "too_many_requests", language, "limits.tooMany", String.valueOf(refused.retryAfterSeconds()));
        } catch (RuleViolation refused) {
            int status = switch (refused.messageKey()) {
                case "goodpeople.like.notFound" -> HttpServletResponse.SC_NOT_FOUND;
                case "goodpeople.like.already" -> HttpServletResponse.SC_CONFLICT;
                default -> HttpServletResponse.SC_FORBIDDEN;
            };
            ApiError.send(response, status, refused.messageKey().substring("goodpeople.like.".length()), language, refused.messageKey(), refused.args());
        }
    }

    private static void answer(HttpServletResponse response, Consumer<JsonGenerator> fields) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (JsonGenerator json = JSON.createGenerator(response.getWriter())) {
            json.writeStartObject();
            fields.accept(json);
            json.writeEnd();
        }
    }
}
