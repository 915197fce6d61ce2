package city.civility.portal.news.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import city.civility.portal.news.Article;
import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;

/** A channel's public list, {@value #PAGE_SIZE} articles a page (?page=N), pinned first. */
@Named
@RequestScoped
public class ChannelPage {

    static final int PAGE_SIZE = 20;

    @Inject
    HttpServletRequest request;

    @Inject
    PublicNews news;

    private Channel channel;
    private int page;
    private long pages;
    private List<Article> articles;

    @PostConstruct
    void init() {
        channel = (Channel) request.getAttribute(NewsRoutes.CHANNEL);
        pages = Math.max(1, (news.count(channel) + PAGE_SIZE - 1) / PAGE_SIZE);
        String asked = request.getParameter("page");
        page = asked != null && asked.matches("[0-9]{1,6}") ? (int) Math.min(Math.max(1, Integer.parseInt(asked)), pages) : 1;
        articles = news.latest(channel, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public Channel getChannel() {
        return channel;
    }

    public List<Article> getArticles() {
        return articles;
    }

    public int getPage() {
        return page;
    }

    public long getPages() {
        return pages;
    }
}
