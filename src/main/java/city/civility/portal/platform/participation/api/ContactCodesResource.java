package city.civility.portal.platform.participation.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.ContactCodes;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.RateLimits;

/**
 * What a public form's script calls to verify a resident's contact:
 * {@code POST /api/participation/contact-codes} (contact, and the form's token and answer,
 * see {@code FormTokens}) sends a code;
 * {@code POST /api/participation/contact-codes/verify} (contact, code) answers with the proof
 * the form then carries. Messages are in the language the visitor chose on the site.
 */
@Path("participation/contact-codes")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ContactCodesResource {

    /** Codes one address may ask for (PORTAL_LIMITS_CONTACT_CODES), whatever contacts it names. */
    static final String CODES_PER_ADDRESS = "10/PT1H";

    @Inject
    ContactCodes codes;

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    public record Verified(String contact, String proof) {
    }

    @POST
    public Response send(@FormParam("contact") String contact, @FormParam("token") String token, @FormParam("answer") String answer) {
        limits.check("contact-codes", CODES_PER_ADDRESS, clientAddress.of(request));
        try {
            return noStore(Response.ok(codes.send(contact, Languages.of(request), FormPass.of(token, answer, request, response))));
        } catch (RuleViolation refused) {
            return ApiError.respond(Response.Status.BAD_REQUEST, "contact_refused", Languages.of(request), refused.messageKey(), refused.args());
        }
    }

    @POST
    @Path("verify")
    public Response verify(@FormParam("contact") String contact, @FormParam("code") String code) {
        try {
            ContactCodes.Verification verification = codes.verify(contact, code);
            return switch (verification.outcome()) {
                case VERIFIED -> noStore(Response.ok(new Verified(codes.verified(verification.proof()).orElseThrow().masked(), verification.proof())));
                case WRONG -> refuse("wrong_code", "contact.code.wrong", String.valueOf(verification.triesLeft()));
                case EXPIRED -> refuse("code_expired", "contact.code.expired");
                case TOO_MANY_TRIES -> refuse("too_many_tries", "contact.code.tooManyTries");
                case NO_CODE -> refuse("no_code", "contact.code.none");
            };
        } catch (RuleViolation refused) {
            return ApiError.respond(Response.Status.BAD_REQUEST, "contact_refused", Languages.of(request), refused.messageKey(), refused.args());
        }
    }

    private Response refuse(String code, String messageKey, Object... args) {
        return ApiError.respond(Response.Status.BAD_REQUEST, code, Languages.of(request), messageKey, args);
    }

    private static Response noStore(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", "no-store").build();
    }
}
