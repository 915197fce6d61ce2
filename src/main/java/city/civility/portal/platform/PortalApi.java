package city.civility.portal.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All JSON (and Open311) endpoints live under /api. */
@ApplicationPath("api")
public class PortalApi extends Application {
}
