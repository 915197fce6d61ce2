package city.civility.portal.search.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.api.QueryNumbers;
import city.civility.portal.platform.web.SiteLinks;
import city.civility.portal.search.Search;

/**
 * The public search API: {@code GET /api/search?q=&type=&channel=&year=&sort=&page=&size=}
 * and {@code GET /api/search/titles?q=} for completing titles while typing. Any text
 * is a valid query; only malformed paging, year or sort is refused (400). Under a burst of
 * searches the one beyond those admitted is refused with 503 ({@link SearchBusyAnswer}).
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SearchResource {

    @Inject
    Search search;

    @Inject
    SiteLinks links;

    @Context
    HttpHeaders headers;

    /** A result; snippet and title hold HTML whose only markup is {@code <em>}. */
    public record Hit(String type, long id, String title, String url, String snippet, Instant publishedAt) {
    }

    /** {@code shortened}: the query was longer than a search takes; {@code query} is what was searched. */
    public record Page(long total, int page, int size, String query, boolean shortened, String suggestion, boolean rebuilding,
                       List<Hit> hits, Map<String, List<Search.FacetValue>> facets) {
    }

    public record Title(String title, String url, String type) {
    }

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("channel") String channel,
                           @QueryParam("year") String yearParam, @QueryParam("sort") @DefaultValue("relevance") String sort,
                           @QueryParam("page") @DefaultValue("1") String pageParam,
                           @QueryParam("size") @DefaultValue("10") String sizeParam) {
        Integer page = QueryNumbers.within(pageParam, 1, Search.MAX_PAGE);
        Integer size = QueryNumbers.within(sizeParam, 1, Search.MAX_SIZE);
        if (page == null || size == null) {
            return ApiError.respond(Response.Status.BAD_REQUEST, "bad_paging", headers, "api.search.paging", Search.MAX_PAGE, Search.MAX_SIZE);
        }
        Integer year = yearParam == null || yearParam.isBlank() ? null : QueryNumbers.within(yearParam, 1900, 9999);
        if (yearParam != null && !yearParam.isBlank() && year == null) {
            return ApiError.respond(Response.Status.BAD_REQUEST, "bad_year", headers, "api.search.year");
        }
        if (!sort.equals("relevance") && !sort.equals("date")) {
            return ApiError.respond(Response.Status.BAD_REQUEST, "bad_sort", headers, "api.search.sort");
        }
        Search.Result result = search.search(new Search.Request(q, type, channel, year, sort.equals("date"), page, size));
        List<Hit> hits = result.hits().stream()
                .map(h -> new Hit(h.type(), h.id(), h.title(), links.absolute(h.url()), h.snippet(), h.publishedAt())).toList();
        return Response.ok(new Page(result.total(), result.page(), result.size(), result.query().text(), result.query().shortened(),
                result.suggestion(), result.rebuilding(), hits, result.facets())).header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("titles")
    public List<Title> titles(@QueryParam("q") String q) {
        return search.complete(q, 8).stream().map(c -> new Title(c.title(), c.url(), c.type())).toList();
    }
}
