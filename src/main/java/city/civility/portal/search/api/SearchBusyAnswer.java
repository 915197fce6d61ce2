package city.civility.portal.search.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import city.civility.portal.platform.api.ApiError;
import city.civility.portal.search.SearchBusy;

/** Search refused under load: 503, when to try again ({@code Retry-After}), and why in the caller's language. */
@Provider
public class SearchBusyAnswer implements ExceptionMapper<SearchBusy> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(SearchBusy refused) {
        Response answer = ApiError.respond(Response.Status.SERVICE_UNAVAILABLE, "search_busy", headers,
                "search.busy", SearchBusy.RETRY_AFTER_SECONDS);
        return Response.fromResponse(answer).header("Retry-After", SearchBusy.RETRY_AFTER_SECONDS)
                .header("Cache-Control", "no-store").build();
    }
}
