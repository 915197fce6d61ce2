package city.civility.portal.news.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.Article;
import city.civility.portal.news.ArticleService;
import city.civility.portal.news.ArticleStatus;
import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;
import city.civility.portal.platform.web.PagedModel;

/** The staff's list of articles, newest change first; ?status=SUBMITTED makes it the review queue. */
@Named
@ViewScoped
public class ArticlesView implements Serializable {

    @Inject
    transient ArticleService articles;

    @Inject
    transient PublicNews news;

    private ArticleStatus status;
    private Long channelId;
    private String createdBy;
    private LocalDate from;
    private LocalDate to;

    private final PagedModel<Article> list = new PagedModel<>(
            (first, size, order) -> articles.findForStaff(filter(), order, first, size), () -> articles.countForStaff(filter()), Article::getId);

    private ArticleService.Filter filter() {
        return new ArticleService.Filter(status, channelId, createdBy, from, to);
    }

    public List<Channel> getChannels() {
        return news.channels();
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public PagedModel<Article> getList() {
        return list;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public Long getChannelId() {
        return channelId;
    }

    public void setChannelId(Long channelId) {
        this.channelId = channelId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
