package city.civility.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute addresses on the public site ({@code #{siteLinks.absolute('/news/1')}}), for feeds and shared links. */
@Named
@ApplicationScoped
public class SiteLinks {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    public String absolute(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
