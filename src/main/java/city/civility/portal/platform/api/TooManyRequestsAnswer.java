package city.civility.portal.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import city.civility.portal.platform.participation.TooManyRequests;

/** A rate limit reached in the API: 429, when to try again ({@code Retry-After}), and why in the caller's language. */
@Provider
public class TooManyRequestsAnswer implements ExceptionMapper<TooManyRequests> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TooManyRequests refused) {
        Response answer = ApiError.respond(Response.Status.TOO_MANY_REQUESTS, "too_many_requests", headers,
                "limits.tooMany", String.valueOf(refused.retryAfterSeconds()));
        return Response.fromResponse(answer).header("Retry-After", refused.retryAfterSeconds()).header("Cache-Control", "no-store").build();
    }
}
