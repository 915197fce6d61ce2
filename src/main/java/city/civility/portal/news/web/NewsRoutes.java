package city.civility.portal.news.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.news.Article;
import city.civility.portal.news.PublicNews;

/**
 * Readable public addresses: /news/{id} for an article, /channel/{slug} for a channel,
 * /topic/{slug} for a topic and /topics for all topics. Answers 404 for what never existed
 * (or a hidden topic) and 410 for a withdrawn article, and otherwise hands the loaded
 * article, channel or topic to its page.
 */
@WebServlet({"/news/*", "/channel/*", "/topic/*", "/topics"})
public class NewsRoutes extends HttpServlet {

    static final String ARTICLE = "article";
    static final String CHANNEL = "channel";
    static final String TOPIC = "topic";

    @Inject
    PublicNews news;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        switch (request.getServletPath()) {
            case "/news" -> showArticle(key, request, response);
            case "/channel" -> show(news.channel(key), CHANNEL, request, response);
            case "/topic" -> show(news.topic(key), TOPIC, request, response);
            default -> request.getRequestDispatcher("/WEB-INF/views/topics.xhtml").forward(request, response);
        }
    }

    private void showArticle(String key, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<Article> found = key.matches("[0-9]{1,18}") ? news.article(Long.parseLong(key)) : Optional.empty();
        if (found.isPresent() && found.get().isGone()) {
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        show(found.filter(Article::isPublic), ARTICLE, request, response);
    }

    /** Hands what was found to its page (/WEB-INF/views/{name}.xhtml, as request attribute {name}); 404 when nothing was. */
    private static void show(Optional<?> found, String name, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(name, found.get());
        request.getRequestDispatcher("/WEB-INF/views/" + name + ".xhtml").forward(request, response);
    }
}
