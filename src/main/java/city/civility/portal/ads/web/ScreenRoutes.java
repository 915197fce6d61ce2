package city.civility.portal.ads.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.ads.OnAir;

/**
 * {@code /screen/{placement}}: the full-screen page a lobby or LED screen's browser shows all day.
 * It turns the placement's ads on its own, asks for the placement's ads every half minute, and
 * keeps showing what it has when the network is gone (screen.js).
 */
@WebServlet("/screen/*")
public class ScreenRoutes extends HttpServlet {

    static final String SCREEN = "screen";

    @Inject
    OnAirPage onAir;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<OnAir> screen = path.matches("/[a-z0-9-]{1,30}") ? onAir.screen(path.substring(1)) : Optional.empty();
        if (screen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(SCREEN, screen.get());
        request.getRequestDispatcher("/WEB-INF/views/ads/screen.xhtml").forward(request, response);
    }
}
