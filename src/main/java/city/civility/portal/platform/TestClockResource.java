package city.civility.portal.platform;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;

/**
 * Lets the integration tests move the portal's clock ({@code POST /api/test/clock?advance=PT16M}).
 * Answers 404, as if it did not exist, unless {@code portal.test.clock-control} is on; and only an
 * administrator reaches it at all (web.xml), so a portal run with the flag by mistake is not a
 * clock anyone can move.
 */
@Path("test/clock")
public class TestClockResource {

    @Inject
    PortalClock clock;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String advance(@QueryParam("advance") String by) {
        if (!clock.isControllable()) {
            throw new NotFoundException();
        }
        try {
            clock.advance(Duration.parse(by));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BadRequestException("advance must be an ISO-8601 duration such as PT15M");
        }
        return clock.now().toString();
    }
}
