package city.civility.portal.platform.publicsite;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one feature offers the public site, as a CDI bean: the page cache, the sitemap and
 * the main navigation read every feature's contribution and never need to know the
 * features (as the search index reads every {@code SearchSource}). A feature tells the
 * page cache that its public content changed by firing {@link PublicContentVersion.Changed}
 * inside the changing transaction.
 */
public interface PublicContribution {

    /**
     * This feature's pages that only read public content and look the same to every visitor
     * of a language, with the query parameters they read: the page cache keeps them until the
     * public version moves on. Never a page that shows a form token, a visitor's own data, or
     * anything a visitor did.
     */
    List<CacheablePages> cacheablePages();

    /**
     * The feature's public addresses for search engines, with their last change where known,
     * in parts read a page at a time (the sitemap is split into files of a few 10,000 addresses,
     * and a city has 100,000s of articles), always in the same order.
     */
    List<SitemapPart> sitemap();

    /**
     * The feature's entries in the main navigation, in order, labelled in {@code language};
     * the navigation shows them after the home page, features ordered by {@link #menuOrder()}.
     */
    List<MenuEntry> menu(Locale language);

    /** Where the feature's entries stand in the navigation: lower first. */
    int menuOrder();

    /** The feature's newest publications, at most {@code max}, for the site's feed ({@code /feed.xml}). */
    List<FeedItem> newest(int max);

    /**
     * The feature's blocks on the public pages, each in its {@link Slot}, in {@link PageBlock#order()}.
     * Asked as a page renders, so a feature offers a block only while it has something to show
     * there (an empty slot leaves no gap). A block is a facelet that reads public content only:
     * the pages are cached.
     */
    default List<PageBlock> blocks() {
        return List.of();
    }

    /** Where on the public pages a block stands. */
    enum Slot {
        /** The home page, after the news. */
        HOME,
        /** Beside an article (a column on wide screens, after it on narrow ones). */
        BESIDE_ARTICLE,
        /** Under an article. */
        AFTER_ARTICLE
    }

    /**
     * A block: its slot, the facelet to include (given this record as {@code block}), where it
     * stands in the slot (lower first), and what it shows where the facelet serves several
     * (null when it does not).
     */
    record PageBlock(Slot slot, String facelet, int order, String subject) {

        public PageBlock(Slot slot, String facelet, int order) {
            this(slot, facelet, order, null);
        }
    }

    /** A publication in a feed: titled and described in Simplified Chinese, as the feed is. */
    record FeedItem(String title, String path, String summary, String category, Instant published) {
    }

    /** An address of the sitemap; {@code lastModified} may be null. */
    record SitemapEntry(String path, Instant lastModified) {
    }

    /**
     * Pages the cache may keep: their addresses (below the context root, without the query) and
     * the query parameters they read, such as a page number. The cache keeps one copy per value
     * of these, and the page renders from a request that has no other parameter (so
     * {@code /channel/news?utm_source=x} is {@code /channel/news}): it reads its parameters from
     * the request it is given (Faces' external context, a servlet's or a JAX-RS resource's own),
     * never from an injected {@code HttpServletRequest}, which is the container's and has them all.
     */
    record CacheablePages(Pattern paths, List<String> parameters) {

        public CacheablePages(String paths, String... parameters) {
            this(Pattern.compile(paths), List.of(parameters));
        }
    }

    /** A run of a feature's sitemap addresses in a fixed order, counted and read a page at a time. */
    interface SitemapPart {

        long size();

        /** At most {@code max} addresses from the {@code first} (0 is the first). */
        List<SitemapEntry> entries(long first, int max);

        /** A few addresses (a feature's lists, its channels), read at once. */
        static SitemapPart of(List<SitemapEntry> entries) {
            return new SitemapPart() {
                @Override
                public long size() {
                    return entries.size();
                }

                @Override
                public List<SitemapEntry> entries(long first, int max) {
                    return entries.subList((int) Math.min(first, entries.size()), (int) Math.min(first + max, entries.size()));
                }
            };
        }
    }

    /**
     * An entry of the main navigation: its address, its label, and the addresses at which it is
     * the current page ({@code aria-current}).
     */
    record MenuEntry(String path, String label, Pattern currentFor) {

        /** An entry current at its address and below it. */
        public MenuEntry(String path, String label) {
            this(path, label, Pattern.compile(Pattern.quote(path) + "(/.*)?"));
        }

        public boolean isCurrent(String requestedPath) {
            return requestedPath != null && currentFor.matcher(requestedPath).matches();
        }
    }
}
