package city.civility.portal.ads.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.ads.AdCalls;
import city.civility.portal.ads.AdService;
import city.civility.portal.ads.PlacementKind;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.publicsite.PublicContribution;

/** What the ad library offers the public site: the gallery and each ad to the cache, the sitemap, the menu and the feed; its placements' ads to the pages. */
@ApplicationScoped
public class AdsOnPublicSite implements PublicContribution {

    /** Never a download address: each one is counted. */
    private static final List<CacheablePages> CACHEABLE = List.of(
            new CacheablePages("/ads", "theme", "format", "year", "page"),
            new CacheablePages("/ads/[0-9]{1,18}|/screen/[a-z0-9-]{1,30}"));

    /** Where each kind of the site's own placements stands; a screen is a page of its own. */
    private static final Map<PlacementKind, Slot> SLOTS = Map.of(
            PlacementKind.BANNER, Slot.HOME, PlacementKind.SIDEBAR, Slot.BESIDE_ARTICLE, PlacementKind.FOOTER, Slot.AFTER_ARTICLE);

    @Inject
    AdService ads;

    @Inject
    OnAirPage onAir;

    @Inject
    AdCalls calls;

    @Override
    public List<CacheablePages> cacheablePages() {
        return CACHEABLE;
    }

    @Override
    public List<SitemapPart> sitemap() {
        List<SitemapEntry> lists = new ArrayList<>(List.of(new SitemapEntry("/ads", null), new SitemapEntry("/ads/calls", null)));
        calls.current().forEach(c -> lists.add(new SitemapEntry("/ads/calls/" + c.getId(), null)));
        return List.of(SitemapPart.of(lists), new SitemapPart() {
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

    /**
     * Each of the site's own placements with an ad on air today: the home banner first of the
     * home page's blocks, the sidebar beside articles, the footer under them (first, before
     * what other features add there).
     */
    @Override
    public List<PageBlock> blocks() {
        return ads.placements().stream().map(p -> SLOTS.containsKey(p.getKind()) && !onAir.placement(p.getCode()).isEmpty()
                        ? new PageBlock(SLOTS.get(p.getKind()), "/WEB-INF/templates/ads-placement.xhtml", 10, p.getCode())
                        : null)
                .filter(Objects::nonNull).toList();
    }

    @Override
    public List<FeedItem> newest(int max) {
        return ads.gallery(new AdService.GalleryFilter(null, null, null), 0, max).stream()
                .map(a -> new FeedItem(a.title(), a.path(), a.description(), a.theme().name(Languages.SIMPLIFIED), a.publishedAt())).toList();
    }
}
