package city.civility.portal.campaigns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.campaigns.CampaignService;
import city.civility.portal.campaigns.PublicCampaign;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.publicsite.PublicContribution;

/** What 道德模范 campaigns offer the public site: their pages to the cache, sitemap, menu, feed and home page. */
@ApplicationScoped
public class CampaignsOnPublicSite implements PublicContribution {

    /**
     * Not the results (the running tally moves with every ballot), nor a receipt (one voter's),
     * nor the ballot's answer to a POST (the cache keeps GETs only).
     */
    private static final List<CacheablePages> CACHEABLE = List.of(new CacheablePages(
            "/campaigns(/[a-z0-9][a-z0-9-]{1,63}(/vote|/candidates/[0-9]{1,4})?)?|/api/campaigns/[a-z0-9][a-z0-9-]{1,63}"));

    @Inject
    CampaignService campaigns;

    @Override
    public List<CacheablePages> cacheablePages() {
        return CACHEABLE;
    }

    @Override
    public List<SitemapPart> sitemap() {
        List<SitemapEntry> entries = new ArrayList<>(List.of(new SitemapEntry("/campaigns", null)));
        for (PublicCampaign campaign : campaigns.campaigns()) {
            entries.add(new SitemapEntry("/campaigns/" + campaign.slug(), campaign.changedAt()));
            if (campaign.phase().showsResults()) {
                entries.add(new SitemapEntry("/campaigns/" + campaign.slug() + "/results", campaign.changedAt()));
            }
        }
        for (Object[] candidate : campaigns.allPublicCandidates()) {
            entries.add(new SitemapEntry("/campaigns/" + candidate[0] + "/candidates/" + candidate[1], (java.time.Instant) candidate[2]));
        }
        return List.of(SitemapPart.of(entries)); // a city's campaigns and candidates are a few hundred at most
    }

    @Override
    public List<MenuEntry> menu(Locale language) {
        return List.of(new MenuEntry("/campaigns", Texts.get(language, "nav.campaigns")));
    }

    /** After 身边好人. */
    @Override
    public int menuOrder() {
        return 300;
    }

    @Override
    public List<FeedItem> newest(int max) {
        String feature = Texts.get(Languages.SIMPLIFIED, "nav.campaigns");
        return campaigns.campaigns().stream().limit(max).map(c -> new FeedItem(feature + "：" + c.title(), "/campaigns/" + c.slug(),
                c.summary(), Texts.get(Languages.SIMPLIFIED, c.phase().messageKey()), c.changedAt())).toList();
    }

    @Override
    public List<PageBlock> blocks() {
        return List.of(new PageBlock(Slot.HOME, "/WEB-INF/templates/campaigns-home.xhtml", 150));
    }
}
