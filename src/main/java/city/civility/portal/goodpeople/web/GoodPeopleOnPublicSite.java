package city.civility.portal.goodpeople.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.publicsite.PublicContribution;

/** What 身边好人 offers the public site: its front page and nomination form to the cache, sitemap and menu. */
@ApplicationScoped
public class GoodPeopleOnPublicSite implements PublicContribution {

    /** Not the tracking page: it shows one nominator's nomination. */
    private static final Pattern CACHEABLE = Pattern.compile("/goodpeople|/goodpeople/nominate");

    @Override
    public Pattern cacheablePaths() {
        return CACHEABLE;
    }

    @Override
    public List<SitemapEntry> sitemap() {
        return List.of(new SitemapEntry("/goodpeople", null), new SitemapEntry("/goodpeople/nominate", null));
    }

    @Override
    public List<MenuEntry> menu(Locale language) {
        return List.of(new MenuEntry("/goodpeople", Texts.get(language, "nav.goodpeople")));
    }

    /** After news. */
    @Override
    public int menuOrder() {
        return 200;
    }
}
