package city.civility.portal.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;

/**
 * A map tile server on this machine, started once for all tests, as the city's own tile
 * server would be (no test reaches OpenStreetMap): every tile is a plain grid. A test can
 * take it down to see the map step aside.
 */
public final class TestTiles {

    private static HttpServer server;
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static final AtomicInteger SERVED = new AtomicInteger();
    private static byte[] tile;

    private TestTiles() {
    }

    /** The address template the test portal is given (PORTAL_MAP_TILES). */
    public static synchronized String template() {
        if (server == null) {
            try {
                tile = drawTile();
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/tiles/", exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    if (DOWN.get()) {
                        exchange.sendResponseHeaders(503, -1);
                    } else {
                        SERVED.incrementAndGet();
                        exchange.getResponseHeaders().set("Content-Type", "image/png");
                        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
                        exchange.sendResponseHeaders(200, tile.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(tile);
                        }
                    }
                    exchange.close();
                });
                server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "test-tiles");
                    t.setDaemon(true);
                    return t;
                }));
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png";
    }

    /** Takes the tile server down (every tile answered 503) or brings it back. */
    public static void down(boolean down) {
        DOWN.set(down);
    }

    /** Tiles served so far. */
    public static int served() {
        return SERVED.get();
    }

    private static byte[] drawTile() throws IOException {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF2EFE9));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(0xC8C2B8));
        for (int i = 0; i < 256; i += 64) {
            g.drawLine(i, 0, i, 255);
            g.drawLine(0, i, 255, i);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
