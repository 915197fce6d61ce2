package city.civility.portal.news.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;
import city.civility.portal.platform.publicsite.RssFeed;

/** {@code /feed/{channel}.xml}: an RSS 2.0 feed of one channel's newest articles (the site's is {@code /feed.xml}). */
@WebServlet("/feed/*")
public class Feeds extends HttpServlet {

    static final int ITEMS = 20;

    @Inject
    PublicNews news;

    @Inject
    RssFeed rss;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Channel> found = path.matches("/[a-z0-9-]{1,64}\\.xml") ? news.channel(path.substring(1, path.length() - 4)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Channel channel = found.get();
        rss.write(response, channel.getName(), "/channel/" + channel.getSlug(),
                news.latest(channel, 0, ITEMS).stream().map(NewsOnPublicSite::feedItem).toList());
    }
}
