package city.civility.portal.platform.web;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The map on which residents mark a place, as {@code #{mapTiles}}: tiles from the server
 * {@code PORTAL_MAP_TILES} names (an address template with {z}/{x}/{y}, the city's own tile
 * server or a provider's), centred on {@code PORTAL_MAP_CENTRE}. Without tiles there is no
 * map, and residents give the address (and coordinates if they know them); a map whose tiles
 * do not load steps aside the same way in the browser.
 */
@Named
@ApplicationScoped
public class MapTiles {

    @Inject
    @ConfigProperty(name = "portal.map.tiles")
    Optional<String> template;

    @Inject
    @ConfigProperty(name = "portal.map.attribution")
    Optional<String> attribution;

    @Inject
    @ConfigProperty(name = "portal.map.centre")
    String centre;

    public boolean isOn() {
        return template.isPresent();
    }

    public String getTemplate() {
        return template.orElse("");
    }

    public String getAttribution() {
        return attribution.orElse("");
    }

    /** "latitude,longitude" of the view a new map opens on. */
    public String getCentre() {
        return centre;
    }

    /** The tile server's origin, for the content security policy's {@code img-src}; empty without a map. */
    Optional<String> origin() {
        return template.map(t -> URI.create(t.replace("{", "").replace("}", ""))).filter(u -> u.getScheme() != null && u.getHost() != null)
                .map(u -> u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
    }
}
