package city.civility.portal.news.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.news.Article;
import city.civility.portal.news.ArticleRevision;
import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;
import city.civility.portal.platform.api.ApiError;
import city.civility.portal.platform.api.QueryNumbers;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.OwnPages;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.web.SiteLinks;

/**
 * The public, read-only news API: {@code GET /api/articles?channel=&page=&size=} and
 * {@code GET /api/articles/{id}}. Only published articles, in their published form.
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ArticlesResource {

    static final int MAX_SIZE = 100;
    static final String VIEWS_LIMIT = "60/PT1M";
    /** Readings one address may count over all articles (PORTAL_LIMITS_VIEWS_PER_ADDRESS): a reader's hour, not a script's. */
    static final String VIEWS_PER_ADDRESS = "600/PT1H";

    @Inject
    PublicNews news;

    @Inject
    RateLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SiteLinks links;

    @Context
    HttpHeaders headers;

    /** One line of a list. */
    public record Summary(long id, String title, String summary, String channel, Instant publishedAt, String url) {
    }

    /** One whole article; body is sanitized HTML. */
    public record Full(long id, String title, String subtitle, String summary, String channel, Instant publishedAt,
                       String url, String author, String source, List<String> tags, String body,
                       String picture, List<Attachment> attachments) {
    }

    /** A file offered for download with an article. */
    public record Attachment(String name, String url, long size) {
    }

    public record Page(long total, int page, int size, List<Summary> items) {
    }

    @GET
    public Response list(@QueryParam("channel") String channelSlug,
                         @QueryParam("page") @DefaultValue("1") String pageParam,
                         @QueryParam("size") @DefaultValue("20") String sizeParam) {
        Integer page = QueryNumbers.within(pageParam, 1, 100_000);
        Integer size = QueryNumbers.within(sizeParam, 1, MAX_SIZE);
        if (page == null || size == null) {
            return ApiError.respond(Response.Status.BAD_REQUEST, "bad_paging", headers, "api.paging", MAX_SIZE);
        }
        Channel channel = null;
        if (channelSlug != null && !channelSlug.isBlank()) {
            Optional<Channel> found = news.channel(channelSlug.strip());
            if (found.isEmpty()) {
                return ApiError.respond(Response.Status.NOT_FOUND, "unknown_channel", headers, "api.unknownChannel");
            }
            channel = found.get();
        }
        List<Summary> items = news.latest(channel, (page - 1) * size, size).stream().map(this::summary).toList();
        return Response.ok(new Page(news.count(channel), page, size, items)).build();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String idParam) {
        Optional<Article> found = idParam.matches("[0-9]{1,18}") ? news.article(Long.parseLong(idParam)) : Optional.empty();
        if (found.isPresent() && found.get().isGone()) {
            return ApiError.respond(Response.Status.GONE, "withdrawn", headers, "api.withdrawn");
        }
        if (found.isEmpty() || !found.get().isPublic()) {
            return ApiError.respond(Response.Status.NOT_FOUND, "not_found", headers, "api.notFound");
        }
        Article a = found.get();
        ArticleRevision r = a.getPublishedRevision();
        return Response.ok(new Full(a.getId(), r.getTitle(), r.getSubtitle(), r.getSummary(), a.getChannel().getName(),
                a.getFirstPublishedAt(), url(a), r.getAuthor(), r.getSource(), r.getTagList(), r.getBody(),
                r.getPictureUrl() == null ? null : links.absolute(r.getPictureUrl()),
                r.getAttachments().stream().map(f -> new Attachment(f.getOriginalName(), links.absolute(f.getUrl()), f.getSizeBytes())).toList())).build();
    }

    public record Views(long views) {
    }

    /**
     * Counts a reading: the article page calls this from the browser, so cached pages still count.
     * One address counts at most {@value #VIEWS_LIMIT} per article (PORTAL_LIMITS_VIEWS) and
     * {@value #VIEWS_PER_ADDRESS} in all; another site's page cannot count on its visitors' behalf.
     */
    @POST
    @Path("{id}/views")
    public Response countView(@PathParam("id") String idParam, @Context HttpServletRequest request) {
        if (OwnPages.sentFromAnotherSite(request)) {
            return ApiError.respond(Response.Status.FORBIDDEN, "cross_site", headers, "api.views.crossSite");
        }
        String address = clientAddress.of(request);
        limits.check("views", VIEWS_LIMIT, address + " " + idParam);
        limits.check("views-per-address", VIEWS_PER_ADDRESS, address);
        long views = idParam.matches("[0-9]{1,18}") ? news.countView(Long.parseLong(idParam)) : -1;
        if (views < 0) {
            return ApiError.respond(Response.Status.NOT_FOUND, "not_found", headers, "api.notFound");
        }
        return Response.ok(new Views(views)).header("Cache-Control", "no-store").build();
    }

    private Summary summary(Article a) {
        ArticleRevision r = a.getPublishedRevision();
        return new Summary(a.getId(), r.getTitle(), r.getSummary(), a.getChannel().getName(), a.getFirstPublishedAt(), url(a));
    }

    private String url(Article a) {
        return links.absolute("/news/" + a.getId());
    }
}
