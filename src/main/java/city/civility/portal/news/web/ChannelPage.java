package city.civility.portal.news.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

import city.civility.portal.news.Article;
import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;
import city.civility.portal.platform.web.PageNumber;

/** A channel's public list, {@value #PAGE_SIZE} articles a page (?page=N), pinned first. */
@Named
@RequestScoped
public class ChannelPage {

    static final int PAGE_SIZE = 20;

    @Inject
    PublicNews news;

    private Channel channel;
    private PageNumber page;
    private List<Article> articles;

    @PostConstruct
    void init() {
        HttpServletRequest request = Faces.getRequest(); // the page's, not the container's: it has only the parameters the page cache keys by
        channel = (Channel) request.getAttribute(NewsRoutes.CHANNEL);
        page = PageNumber.of(request.getParameter("page"), news.count(channel), PAGE_SIZE);
        articles = news.latest(channel, page.first(), PAGE_SIZE);
    }

    public Channel getChannel() {
        return channel;
    }

    public List<Article> getArticles() {
        return articles;
    }

    public int getPage() {
        return page.page();
    }

    public long getPages() {
        return page.pages();
    }
}
