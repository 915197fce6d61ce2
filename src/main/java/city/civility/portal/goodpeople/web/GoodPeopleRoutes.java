package city.civility.portal.goodpeople.web;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.goodpeople.GoodPeopleService;

/**
 * The public addresses of 身边好人: {@code /goodpeople} (the current round), {@code /goodpeople/{id}}
 * (an entry), {@code /goodpeople/board/{yyyy-MM}} (a month's 好人榜), {@code /goodpeople/nominate}
 * (the nomination form, which posts back here; an entry's comment form does too) and {@code /goodpeople/track?number=} (a
 * nomination's status by its tracking number, where its nominator answers the office).
 */
@WebServlet({"/goodpeople", "/goodpeople/*"})
// The nomination form's photos arrive here and are forwarded to the form's view. These bound
// the request only; the media library refuses a photo over its own, smaller limit with a message.
public class GoodPeopleRoutes extends HttpServlet {

    static final String ENTRY = "goodPerson";
    static final String BOARD = "board";
    private static final String VIEWS = "/WEB-INF/views/goodpeople/";

    @Inject
    GoodPeopleService goodPeople;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (post && path.equals("/nominate") && !String.valueOf(request.getContentType()).startsWith("multipart/form-data")) {
            // The page sends its form with files; anything else did not come from it.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } else if (path.equals("/nominate") || path.equals("/track")) {
            forward(path.substring(1), request, response); // forms: GET, and their POST back
        } else if (path.matches("/[0-9]{1,18}")) {
            show(goodPeople.entry(Long.parseLong(path.substring(1))), ENTRY, "entry", request, response); // and its comment form's POST
        } else if (post) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if (path.isEmpty() || path.equals("/")) {
            forward("index", request, response);
        } else if (path.matches("/board/[0-9]{4}-[0-9]{2}")) {
            show(month(path.substring("/board/".length())).flatMap(goodPeople::board), BOARD, "board", request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void show(Optional<?> found, String attribute, String view, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(attribute, found.get());
        forward(view, request, response);
    }

    private static void forward(String view, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher(VIEWS + view + ".xhtml").forward(request, response);
    }
}
