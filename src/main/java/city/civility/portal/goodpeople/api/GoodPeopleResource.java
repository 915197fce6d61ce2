package city.civility.portal.goodpeople.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.goodpeople.Category;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.PublicEntry;
import city.civility.portal.goodpeople.Rounds;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;

/**
 * 身边好人 for programs and for the pages' script: {@code GET /api/goodpeople?month=&category=&page=&size=}
 * and {@code GET /api/goodpeople/{id}} (public fields only). The likes have their own
 * lean endpoint, {@link LikesEndpoint}.
 */
@Path("goodpeople")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
// One instance for all requests: it keeps no state of its own, the request comes as a parameter.
@ApplicationScoped
public class GoodPeopleResource {

    static final int MAX_SIZE = 100;

    @Inject
    GoodPeopleService goodPeople;

    @Inject
    Rounds rounds;

    @Inject
    PortalClock clock;

    public record Page(String month, long total, int page, int size, List<PublicEntry> entries) {
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

    private static Response refuse(HttpServletRequest request, Response.Status status, String code, String messageKey, Object... args) {
        return ApiError.respond(status, code, Languages.of(request), messageKey, args);
    }
}
