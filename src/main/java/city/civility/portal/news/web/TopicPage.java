package city.civility.portal.news.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

import city.civility.portal.news.Article;
import city.civility.portal.news.PublicNews;
import city.civility.portal.news.Topic;
import city.civility.portal.platform.web.PageNumber;

/** A topic's public page: banner, introduction and its public articles, {@value #PAGE_SIZE} a page. */
@Named
@RequestScoped
public class TopicPage {

    static final int PAGE_SIZE = 20;

    @Inject
    PublicNews news;

    private Topic topic;
    private PageNumber page;
    private List<Article> articles;

    @PostConstruct
    void init() {
        HttpServletRequest request = Faces.getRequest(); // the page's, not the container's: it has only the parameters the page cache keys by
        topic = (Topic) request.getAttribute(NewsRoutes.TOPIC);
        page = PageNumber.of(request.getParameter("page"), news.countTopicArticles(topic), PAGE_SIZE);
        articles = news.topicArticles(topic, page.first(), PAGE_SIZE);
    }

    public Topic getTopic() {
        return topic;
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
