package city.civility.portal.goodpeople.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public addresses of 身边好人: {@code /goodpeople} (the feature's front page),
 * {@code /goodpeople/nominate} (the nomination form, which posts back here) and
 * {@code /goodpeople/track?number=} (a nomination's status by its tracking number).
 */
@WebServlet({"/goodpeople", "/goodpeople/*"})
public class GoodPeopleRoutes extends HttpServlet {

    private static final Map<String, String> PAGES = Map.of(
            "", "/WEB-INF/views/goodpeople/index.xhtml",
            "/nominate", "/WEB-INF/views/goodpeople/nominate.xhtml",
            "/track", "/WEB-INF/views/goodpeople/track.xhtml");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String page = PAGES.get(request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean form = "/WEB-INF/views/goodpeople/nominate.xhtml".equals(page) || "/WEB-INF/views/goodpeople/track.xhtml".equals(page);
        if (page == null || !("GET".equals(request.getMethod()) || ("POST".equals(request.getMethod()) && form))) {
            response.sendError(page == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.getRequestDispatcher(page).forward(request, response);
    }
}
