package city.civility.portal.ads.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.ads.AdService;
import city.civility.portal.ads.OnAir;
import city.civility.portal.ads.PublicAd;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;

/**
 * Published ads for programs, the city's screens and the ad page's download counters:
 * {@code GET /api/ads/{id}} (public fields only, names in the asker's language; 410 once withdrawn),
 * {@code GET /api/ads/placements} (every placement with its ads on air today) and
 * {@code GET /api/ads/placements/{code}} (one, as a screen asks for it every half minute).
 */
@Path("ads")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
// One instance for all requests: it keeps no state of its own, the request comes as a parameter.
@ApplicationScoped
public class AdsResource {

    @Inject
    AdService ads;

    /** An ad as the API gives it. */
    public record Ad(long id, String title, String url, String theme, String themeName, String format, String formatName,
                     String description, String altText, String producer, int year, String rights, String licence,
                     List<String> tags, Instant publishedAt, List<File> files) {
    }

    /** One of its files; {@code download} counts the download, {@code url} does not. */
    public record File(String role, String url, String download, String contentType, long sizeBytes, Integer width, Integer height,
                       long downloads) {
    }

    /** On air changes at midnight or when an editor schedules: kept by browsers and proxies for a few seconds only. */
    private static CacheControl briefly() {
        CacheControl briefly = new CacheControl();
        briefly.setMaxAge(15);
        return briefly;
    }

    @GET
    @Path("placements")
    public Response placements(@Context HttpServletRequest request) {
        return Response.ok(ads.onAir().stream().map(o -> json(o, request.getContextPath())).toList()).cacheControl(briefly()).build();
    }

    @GET
    @Path("placements/{code:[a-z0-9-]{1,30}}")
    public Response placement(@Context HttpServletRequest request, @PathParam("code") String code) {
        return ads.onAir(code).map(o -> Response.ok(json(o, request.getContextPath())).cacheControl(briefly()).build())
                .orElseGet(() -> ApiError.respond(Response.Status.NOT_FOUND, "not_found", Languages.of(request), "ads.api.noPlacement"));
    }

    /** A placement as the API gives it, its addresses below the portal's context root. */
    public record Placement(String placement, String kind, int secondsEach, List<OnAir.Item> ads) {
    }

    static Placement json(OnAir onAir, String root) {
        return new Placement(onAir.placement(), onAir.kind().name(), onAir.secondsEach(), onAir.ads().stream()
                .map(a -> new OnAir.Item(a.id(), a.title(), a.altText(), root + a.path(), a.picture() == null ? null : root + a.picture(),
                        a.smallPicture() == null ? null : root + a.smallPicture(), a.film() == null ? null : root + a.film(), a.filmType(),
                        a.captions() == null ? null : root + a.captions(), a.weight()))
                .toList());
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response ad(@Context HttpServletRequest request, @PathParam("id") long id) {
        Locale language = Languages.of(request);
        var shown = ads.publicAd(id);
        if (shown.isEmpty()) {
            return ads.withdrawn(id) ? ApiError.respond(Response.Status.GONE, "gone", language, "ads.api.gone")
                    : ApiError.respond(Response.Status.NOT_FOUND, "not_found", language, "ads.api.notFound");
        }
        CacheControl fresh = new CacheControl();
        fresh.setNoStore(true); // the download counters move
        return Response.ok(json(shown.get(), language, request.getContextPath())).cacheControl(fresh).build();
    }

    static Ad json(PublicAd ad, Locale language, String root) {
        return new Ad(ad.id(), ad.title(), root + ad.path(), ad.theme().getCode(), ad.theme().name(language), ad.format().name(),
                Texts.get(language, ad.format().messageKey()), ad.description(), ad.altText(), ad.producer(), ad.year(), ad.rights(),
                ad.licence(), ad.tags(), ad.publishedAt(), ad.files().stream().map(f -> new File(f.role().name().toLowerCase(Locale.ROOT),
                        root + f.url(), root + f.downloadUrl(ad.id()), f.contentType(), f.sizeBytes(), f.width(), f.height(), f.downloads())).toList());
    }
}
