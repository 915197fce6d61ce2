package city.civility.portal.feedback.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.ClientAddress;

/**
 * {@code GET /api/feedback/similar?category=&text=&lat=&long=}: open public cases that may be the
 * problem a resident is about to send (the case form's script asks while they write), so that
 * they can say "mine too" instead. Public fields only; never cached (it answers what was typed).
 */
@Path("feedback/similar")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
// One instance for all requests: it keeps no state of its own, the request comes as a parameter.
@ApplicationScoped
public class SimilarCasesResource {

    static final int MAX = 5;

    @Inject
    FeedbackService feedback;

    @Inject
    ClientAddress clientAddress;

    /** One case offered: where it is, what it says, how far it got, how many share it, and its page. */
    public record Offered(String trackingNumber, String summary, String address, String state, int supporters, Long metres, String path) {
    }

    @GET
    public Response similar(@Context HttpServletRequest request, @QueryParam("category") String category, @QueryParam("text") String text,
            @QueryParam("lat") Double latitude, @QueryParam("long") Double longitude) {
        String typed = text == null ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
        List<Offered> offered = feedback.similar(category, typed, latitude, longitude, MAX, clientAddress.of(request)).stream()
                .map(s -> new Offered(s.publicCase().trackingNumber(), s.publicCase().summary(), s.publicCase().address(),
                        Texts.get(Languages.of(request), s.publicCase().state().messageKey()),
                        s.publicCase().supporters(), s.metres(), "/feedback/cases/" + s.publicCase().trackingNumber()))
                .toList();
        return Response.ok(offered).header("Cache-Control", "no-store").build();
    }
}
