package city.civility.portal.news.web;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import city.civility.portal.news.Article;
import city.civility.portal.news.PublicNews;

/** The public article page: the published revision, and its neighbours in the channel. */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicNews news;

    private Article article;
    private List<Optional<Article>> neighbours;
    private List<Article> related;

    @PostConstruct
    void init() {
        article = (Article) request.getAttribute(NewsRoutes.ARTICLE);
    }

    public Article getArticle() {
        return article;
    }

    public Article getPrevious() {
        return neighbours().get(0).orElse(null);
    }

    public Article getNext() {
        return neighbours().get(1).orElse(null);
    }

    /** Other articles of the channel, the neighbours left out (they are linked already). */
    public List<Article> getRelated() {
        if (related == null) {
            List<Long> shown = List.of(article.getId(), getPrevious() == null ? -1L : getPrevious().getId(),
                    getNext() == null ? -1L : getNext().getId());
            related = news.related(article, 7).stream().filter(a -> !shown.contains(a.getId())).limit(5).toList();
        }
        return related;
    }

    private List<Optional<Article>> neighbours() {
        if (neighbours == null) {
            neighbours = news.neighbours(article);
        }
        return neighbours;
    }
}
