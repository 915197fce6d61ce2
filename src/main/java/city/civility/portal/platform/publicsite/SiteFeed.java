package city.civility.portal.platform.publicsite;

import java.io.IOException;
import java.util.Comparator;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /feed.xml}: the newest of everything the site publishes, every feature's ({@link PublicContribution#newest}). */
@WebServlet("/feed.xml")
public class SiteFeed extends HttpServlet {

    static final int ITEMS = 20;

    @Inject
    @Any
    Instance<PublicContribution> contributions;

    @Inject
    RssFeed rss;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        rss.write(response, null, "/", contributions.stream().flatMap(c -> c.newest(ITEMS).stream())
                .sorted(Comparator.comparing(PublicContribution.FeedItem::published).reversed()).limit(ITEMS).toList());
    }
}
