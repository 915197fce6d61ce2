package city.civility.portal.feedback.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.publicsite.PublicContribution;

/** What complaints and suggestions offer the public site: the list, the form and the public cases to the cache, sitemap and menu. */
@ApplicationScoped
public class FeedbackOnPublicSite implements PublicContribution {

    /** Never a status page: it is one resident's, behind their secret. */
    private static final List<CacheablePages> CACHEABLE = List.of(
            new CacheablePages("/feedback", "category", "state", "page"),
            new CacheablePages("/exposure", "page"),
            new CacheablePages("/feedback/new|/feedback/cases/TS-[0-9]{4}-[0-9]{6,12}"));

    @Inject
    FeedbackService feedback;

    @Override
    public List<CacheablePages> cacheablePages() {
        return CACHEABLE;
    }

    @Override
    public List<SitemapPart> sitemap() {
        return List.of(SitemapPart.of(List.of(new SitemapEntry("/feedback", null), new SitemapEntry("/feedback/new", null),
                new SitemapEntry("/exposure", null))), new SitemapPart() {
            @Override
            public long size() {
                return feedback.countPublic(null, null);
            }

            @Override
            public List<SitemapEntry> entries(long first, int max) {
                return feedback.publicNumbers(Math.toIntExact(first), max).stream()
                        .map(c -> new SitemapEntry("/feedback/cases/" + c.trackingNumber(), c.changedAt())).toList();
            }
        });
    }

    @Override
    public List<MenuEntry> menu(Locale language) {
        return List.of(new MenuEntry("/feedback", Texts.get(language, "nav.feedback")), new MenuEntry("/exposure", Texts.get(language, "nav.exposure")));
    }

    /** After the campaigns. */
    @Override
    public int menuOrder() {
        return 400;
    }

    /** Cases are answers to residents, not publications: not in the site's feed. */
    @Override
    public List<FeedItem> newest(int max) {
        return List.of();
    }
}
