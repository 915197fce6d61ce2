package city.civility.portal.goodpeople.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.goodpeople.Category;
import city.civility.portal.goodpeople.GoodPeopleLikes;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.PublicEntry;
import city.civility.portal.goodpeople.Rounds;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.VisitorCookie;

/**
 * 身边好人 for programs and for the pages' script: {@code GET /api/goodpeople?month=&category=&page=&size=}
 * and {@code GET /api/goodpeople/{id}} (public fields only), {@code GET /api/goodpeople/likes?ids=}
 * (live counts for cached pages; gives the visitor their cookie) and {@code POST /api/goodpeople/{id}/likes}
 * (one like a day per visitor).
 */
@Path("goodpeople")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
// One instance for all requests: it keeps no state of its own, the request comes as a parameter.
@ApplicationScoped
public class GoodPeopleResource {

    static final int MAX_SIZE = 100;
    /** Likes of one entry from one address a day (PORTAL_LIMITS_LIKES_PER_ENTRY): a family or an office shares an address, a script is stopped. */
    static final String LIKES_PER_ENTRY = "20/P1D";

    @Inject
    GoodPeopleService goodPeople;

    @Inject
    Rounds rounds;

    @Inject
    PortalClock clock;

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    GoodPeopleLikes goodPeopleLikes;

    public record Page(String month, long total, int page, int size, List<PublicEntry> entries) {
    }

    public record Likes(long likes) {
    }

    @GET
    public Response list(@Context HttpServletRequest request, @QueryParam("month") String month, @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        YearMonth round;
        Category only;
        try {
            round = month == null || month.isBlank() ? rounds.current(clock.now()) : YearMonth.parse(month);
            only = category == null || category.isBlank() ? null : Category.valueOf(category);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return refuse(request, Response.Status.BAD_REQUEST, "bad_query", "goodpeople.api.query");
        }
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            return refuse(request, Response.Status.BAD_REQUEST, "bad_paging", "api.paging", String.valueOf(MAX_SIZE));
        }
        List<PublicEntry> all = goodPeople.candidates(round).stream().filter(e -> only == null || e.category() == only).toList();
        int from = Math.min(all.size(), (page - 1) * size);
        return Response.ok(new Page(round.toString(), all.size(), page, size, all.subList(from, Math.min(all.size(), from + size)))).build();
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response entry(@Context HttpServletRequest request, @PathParam("id") long id) {
        return goodPeople.entry(id).map(e -> Response.ok(e).build())
                .orElseGet(() -> refuse(request, Response.Status.NOT_FOUND, "not_found", "goodpeople.like.notFound"));
    }

    @GET
    @Path("likes")
    public Response likes(@Context HttpServletRequest request, @Context HttpServletResponse response, @QueryParam("ids") String ids) {
        if (ids == null || !ids.matches("[0-9]{1,18}(,[0-9]{1,18}){0,199}")) {
            return refuse(request, Response.Status.BAD_REQUEST, "bad_query", "goodpeople.api.query");
        }
        VisitorCookie.of(request, response); // the pages ask for their counts first: a visitor may like from then on
        Map<Long, Long> counts = goodPeopleLikes.counts(Arrays.stream(ids.split(",")).map(Long::valueOf).toList());
        return Response.ok(counts).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id:[0-9]{1,18}}/likes")
    public Response like(@Context HttpServletRequest request, @PathParam("id") long id) {
        // Sent by the site's own pages only: browsers name where a request comes from.
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return refuse(request, Response.Status.FORBIDDEN, "cross_site", "goodpeople.like.crossSite");
        }
        // A visitor is known by the cookie the page's count request gave them; without one (a script
        // that drops cookies, or cookies off) there is nobody to count once.
        String visitor = VisitorCookie.existing(request).orElse(null);
        if (visitor == null) {
            return refuse(request, Response.Status.FORBIDDEN, "no_visitor", "goodpeople.like.noCookie");
        }
        String address = clientAddress.of(request);
        limits.check("likes-per-entry", LIKES_PER_ENTRY, address + " " + id);
        try {
            return Response.ok(new Likes(goodPeopleLikes.like(id, visitor, address))).header("Cache-Control", "no-store").build();
        } catch (RuleViolation refused) {
            Response.Status status = switch (refused.messageKey()) {
                case "goodpeople.like.notFound" -> Response.Status.NOT_FOUND;
                case "goodpeople.like.already" -> Response.Status.CONFLICT;
                default -> Response.Status.FORBIDDEN;
            };
            return ApiError.respond(status, refused.messageKey().substring("goodpeople.like.".length()), Languages.of(request),
                    refused.messageKey(), refused.args());
        }
    }

    private static Response refuse(HttpServletRequest request, Response.Status status, String code, String messageKey, Object... args) {
        return ApiError.respond(status, code, Languages.of(request), messageKey, args);
    }
}
