package city.civility.portal.goodpeople.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.goodpeople.Board;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.publicsite.PublicContribution;

/** What 身边好人 offers the public site: its round, entries, boards, form and API to the cache, sitemap and menu. */
@ApplicationScoped
public class GoodPeopleOnPublicSite implements PublicContribution {

    /** Not the tracking page (one nominator's nomination), nor the live like counts. */
    private static final List<CacheablePages> CACHEABLE = List.of(
            new CacheablePages("/goodpeople|/goodpeople/nominate|/goodpeople/[0-9]{1,18}|/goodpeople/board/[0-9]{4}-[0-9]{2}"
                    + "|/api/goodpeople/[0-9]{1,18}"),
            new CacheablePages("/api/goodpeople", "month", "category", "page", "size"));

    @Inject
    GoodPeopleService goodPeople;

    /** Whether the home page shows this month's good people (PORTAL_GOODPEOPLE_ON_HOME_PAGE). */
    @Inject
    @ConfigProperty(name = "portal.goodpeople.on-home-page", defaultValue = "true")
    boolean onHomePage;

    @Override
    public List<CacheablePages> cacheablePages() {
        return CACHEABLE;
    }

    @Override
    public List<SitemapPart> sitemap() {
        List<SitemapEntry> lists = new ArrayList<>(List.of(new SitemapEntry("/goodpeople", null), new SitemapEntry("/goodpeople/nominate", null)));
        for (Board board : goodPeople.boards()) {
            lists.add(new SitemapEntry("/goodpeople/board/" + board.getRoundMonth(), board.getPublishedAt()));
        }
        return List.of(SitemapPart.of(lists), new SitemapPart() {
            @Override
            public long size() {
                return goodPeople.countPublic();
            }

            @Override
            public List<SitemapEntry> entries(long first, int max) {
                return goodPeople.publicEntries(Math.toIntExact(first), max).stream()
                        .map(entry -> new SitemapEntry("/goodpeople/" + entry[0], (Instant) entry[1])).toList();
            }
        });
    }

    @Override
    public List<MenuEntry> menu(Locale language) {
        return List.of(new MenuEntry("/goodpeople", Texts.get(language, "nav.goodpeople")));
    }

    @Override
    public List<FeedItem> newest(int max) {
        String feature = Texts.get(Languages.SIMPLIFIED, "nav.goodpeople");
        return goodPeople.newest(max).stream().map(e -> new FeedItem(feature + "：" + e.entry().nomineeName(), "/goodpeople/" + e.entry().id(),
                e.entry().summary(), Texts.get(Languages.SIMPLIFIED, e.entry().category().messageKey()), e.approvedAt())).toList();
    }

    @Override
    public List<PageBlock> blocks() {
        return onHomePage ? List.of(new PageBlock(Slot.HOME, "/WEB-INF/templates/goodpeople-home.xhtml", 200)) : List.of();
    }

    /** After news. */
    @Override
    public int menuOrder() {
        return 200;
    }
}
