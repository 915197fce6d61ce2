package city.civility.portal.campaigns.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.campaigns.CampaignService;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;

/**
 * 道德模范 campaigns for programs: {@code GET /api/campaigns/{slug}} (phase, dates, rules and,
 * from 公示 on, the candidates) and {@code GET /api/campaigns/{slug}/results} (counted, set-aside
 * and voided ballots per candidate, with the public and jury parts, once the results are public;
 * the running tally while voting if the campaign shows it).
 */
@Path("campaigns/{slug:[a-z0-9][a-z0-9-]{1,63}}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
// One instance for all requests: it keeps no state of its own.
@ApplicationScoped
public class CampaignsResource {

    @Inject
    CampaignService campaigns;

    @GET
    public Response campaign(@Context HttpServletRequest request, @PathParam("slug") String slug) {
        return campaigns.campaign(slug).map(c -> Response.ok(c).build())
                .orElseGet(() -> ApiError.respond(Response.Status.NOT_FOUND, "not_found", Languages.of(request), "campaigns.notFound"));
    }

    @GET
    @Path("results")
    public Response results(@Context HttpServletRequest request, @PathParam("slug") String slug) {
        if (campaigns.campaign(slug).isEmpty()) {
            return ApiError.respond(Response.Status.NOT_FOUND, "not_found", Languages.of(request), "campaigns.notFound");
        }
        return campaigns.results(slug).map(r -> Response.ok(r).build())
                .orElseGet(() -> ApiError.respond(Response.Status.CONFLICT, "not_public_yet", Languages.of(request), "campaigns.results.later"));
    }
}
