package city.civility.portal.platform.participation.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.VisitorCookie;

/** {@code GET /api/participation/form?name=}: a token for that form and this visitor, and its challenge ({@link FormTokens}). */
@Path("participation/form")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FormsResource {

    /** Tokens one address may fetch (PORTAL_LIMITS_FORM_TOKENS): far more than anyone fills in forms. */
    static final String TOKENS_PER_ADDRESS = "300/PT1H";

    @Inject
    FormTokens tokens;

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response token(@QueryParam("name") String form) {
        if (form == null || !form.matches("[a-z0-9-]{1,40}")) {
            return ApiError.respond(Response.Status.BAD_REQUEST, "unknown_form", Languages.of(request), "form.unknown");
        }
        limits.check("form-tokens", TOKENS_PER_ADDRESS, clientAddress.of(request));
        return Response.ok(tokens.issue(form, VisitorCookie.of(request, response))).header("Cache-Control", "no-store").build();
    }
}
