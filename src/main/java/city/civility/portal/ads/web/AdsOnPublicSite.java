package city.civility.portal.ads.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.ads.AdService;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.publicsite.PublicContribution;

/** What the ad library offers the public site: the gallery and each ad to the cache, the sitemap, the menu and the feed. */
@ApplicationScoped
public class AdsOnPublicSite implements PublicContribution {

    /** Never a download address: each one is counted. */
    private static final List<CacheablePages> CACHEABLE = List.of(
            new CacheablePages("/ads", "theme", "format", "year", "page"),
            new CacheablePages("/ads/[0-9]{1,18}|/screen/[a-z0-9-]{1,30}"));

    @Inject
    AdService ads;

    @Override
    public List<CacheablePages> cacheablePages() {
        return CACHEABLE;
    }

    @Override
    public List<SitemapPart> sitemap() {
        return List.of(SitemapPart.of(List.of(new SitemapEntry("/ads", null))), new SitemapPart() {
            @Override
            public long size() {
                return ads.countPublished();
            }

            @Override
            public List<SitemapEntry> entries(long first, int max) {
                return ads.publishedFrom(Math.toIntExact(first), max).stream().map(a -> new SitemapEntry(a.path(), a.publishedAt())).toList();
            }
        });
    }

    @Override
    public List<MenuEntry> menu(Locale language) {
        return List.of(new MenuEntry("/ads", Texts.get(language, "nav.ads")));
    }

    /** After complaints and suggestions. */
    @Override
    public int menuOrder() {
        return 500;
    }

    /** The home banner, first of the features' blocks. */
    @Override
    public List<HomeBlock> homeBlocks() {
        return List.of(new HomeBlock("/WEB-INF/templates/ads-banner.xhtml", 10));
    }

    @Override
    public List<FeedItem> newest(int max) {
        return ads.gallery(new AdService.GalleryFilter(null, null, null), 0, max).stream()
                .map(a -> new FeedItem(a.title(), a.path(), a.description(), a.theme().name(Languages.SIMPLIFIED), a.publishedAt())).toList();
    }
}
