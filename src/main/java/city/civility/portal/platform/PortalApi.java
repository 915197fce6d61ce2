package city.civility.portal.platform;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All JSON (and Open311) endpoints live under /api. */
@ApplicationPath("api")
public class PortalApi extends Application {

    /**
     * No WADL document: it told anyone at /api/application.wadl every endpoint and parameter
     * (as OpenAPI would, which is off too), and Jersey built a JAXB context for it at every start.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
