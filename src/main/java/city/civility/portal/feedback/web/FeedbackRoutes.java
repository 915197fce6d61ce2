package city.civility.portal.feedback.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.feedback.FeedbackService;

/**
 * The public addresses of complaints and suggestions: {@code /feedback} (what a resident can do,
 * and the public cases), {@code /feedback/new} (the form, which posts back here),
 * {@code /feedback/track/{number}?key=} (a case's status page behind its secret link, where its
 * resident adds to it, rates and reopens it) and {@code /feedback/cases/{number}} (a public case,
 * where others say "mine too"); and {@code /exposure}, the 曝光台.
 */
@WebServlet({"/feedback", "/feedback/*", "/exposure"})
// The photos arrive here and are forwarded to the form's view. These bound the request only;
// the media library refuses a photo over its own, smaller limit with a message.
public class FeedbackRoutes extends HttpServlet {

    static final String NUMBER = "caseNumber";
    static final String PUBLIC_CASE = "publicCase";
    private static final String VIEWS = "/WEB-INF/views/feedback/";
    private static final String NUMBER_PATH = "[A-Za-z]{2}-[0-9]{4}-[0-9]{6,12}";

    @Inject
    FeedbackService feedback;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if (request.getServletPath().equals("/exposure")) {
            if (post) {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            } else {
                forward("exposure", request, response);
            }
        } else if (path.equals("/new")) {
            if (post && !String.valueOf(request.getContentType()).startsWith("multipart/form-data")) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST); // the page sends its form with files
            } else {
                forward("new", request, response);
            }
        } else if (path.matches("/track/" + NUMBER_PATH)) {
            request.setAttribute(NUMBER, path.substring("/track/".length()));
            forward("track", request, response);
        } else if (path.matches("/cases/" + NUMBER_PATH)) {
            var found = feedback.publicCase(path.substring("/cases/".length()));
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.setAttribute(PUBLIC_CASE, found.get());
            forward("case", request, response); // and its "mine too" POST
        } else if (post) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if (path.isEmpty() || path.equals("/")) {
            forward("index", request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void forward(String view, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher(VIEWS + view + ".xhtml").forward(request, response);
    }
}
