package city.civility.portal.news.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.PublicNews;
import city.civility.portal.news.Topic;

/** The visible topics, for the /topics page and the home page's strip (read once per render). */
@Named
@RequestScoped
public class TopicList {

    static final int HOME_PAGE_TOPICS = 3;

    @Inject
    PublicNews news;

    private List<Topic> all;

    public List<Topic> getAll() {
        if (all == null) {
            all = news.topics(Integer.MAX_VALUE);
        }
        return all;
    }

    public List<Topic> getNewest() {
        return getAll().subList(0, Math.min(HOME_PAGE_TOPICS, getAll().size()));
    }
}
