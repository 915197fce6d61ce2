package city.civility.portal.ads.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the demo city's posters at build time (the build's process-classes step), so the
 * project ships no binary files and a first start neither draws nor looks through the
 * machine's fonts: a background in the ad's colour, a symbol of its theme, and its slogan in
 * the building machine's Chinese font (without one, the poster has no words; its text
 * alternative still has them). Not in the WAR; {@link AdsDemo} reads the posters.
 */
public final class AdPosters {

    /** HD: the size of a lobby screen, and small enough to draw and import a dozen at the demo's first start. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    /** Where the slogan stands, and how wide it may be. */
    private static final int TEXT_LEFT = 560;
    private static final int TEXT_WIDTH = 660;

    private AdPosters() {
    }

    /** Writes the poster of every ad in demo/ads.txt into {@code args[0]} (the build's class folder). */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]).resolve(DemoPoster.FOLDER));
        List<DemoPoster> posters = new ArrayList<>();
        AdsDemo.parse(AdsDemo.read(), poster -> {
            posters.add(poster);
            return new byte[0];
        });
        for (DemoPoster poster : posters) {
            Files.write(folder.resolve(poster.resourceName()), jpeg(poster));
        }
    }

    /** The poster as a print-quality JPEG. */
    static byte[] jpeg(DemoPoster poster) {
        String symbol = poster.symbol();
        Color background = poster.background();
        Color accent = poster.accent();
        List<String> slogan = poster.slogan();
        String producer = poster.producer();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, background.brighter(), 0, HEIGHT, background.darker()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        AffineTransform page = g.getTransform();
        g.translate(60, 110);
        g.scale(0.8, 0.8); // the symbols are drawn on a 600 × 660 square
        symbol(g, symbol, accent);
        g.setTransform(page);
        chineseFont(String.join("", slogan) + producer).ifPresent(font -> {
            g.setColor(accent);
            g.setFont(font.deriveFont(Font.BOLD, 120f));
            int widest = slogan.stream().mapToInt(g.getFontMetrics()::stringWidth).max().orElse(1);
            g.setFont(font.deriveFont(Font.BOLD, Math.min(120f, 120f * TEXT_WIDTH / widest))); // the longest line fits
            FontMetrics metrics = g.getFontMetrics();
            int top = (HEIGHT - slogan.size() * metrics.getHeight()) / 2 + metrics.getAscent();
            for (int i = 0; i < slogan.size(); i++) {
                g.drawString(slogan.get(i), TEXT_LEFT, top + i * metrics.getHeight());
            }
            g.setColor(new Color(255, 255, 255, 200));
            g.setFont(font.deriveFont(Font.PLAIN, 32f));
            g.drawString(producer + " 宣", TEXT_LEFT, HEIGHT - 56);
        });
        g.dispose();
        return encoded(image);
    }

    /** A font of this machine that has every character of {@code text}. */
    private static Optional<Font> chineseFont(String text) {
        Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        if (logical.canDisplayUpTo(text) == -1) {
            return Optional.of(logical);
        }
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .filter(f -> f.canDisplayUpTo(text) == -1).findFirst();
    }

    private static void symbol(Graphics2D g, String symbol, Color accent) {
        g.setColor(accent);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (symbol) {
            case "lights" -> {
                g.setColor(new Color(30, 30, 30));
                g.fillRoundRect(190, 0, 220, 600, 60, 60);
                Color[] lamps = {new Color(120, 30, 30), new Color(120, 100, 20), new Color(60, 220, 110)};
                for (int i = 0; i < 3; i++) {
                    g.setColor(lamps[i]);
                    g.fillOval(220, 30 + i * 190, 160, 160);
                }
            }
            case "crossing" -> {
                g.setColor(Color.WHITE);
                for (int i = 0; i < 6; i++) {
                    g.fillRect(40 + i * 95, 120, 60, 480);
                }
            }
            case "bowl" -> {
                g.fillArc(60, 200, 480, 400, 180, 180);
                g.drawLine(120, 120, 520, 40);
                g.drawLine(140, 170, 540, 90);
            }
            case "grain" -> {
                for (int i = 0; i < 7; i++) {
                    g.fillOval(250 + (i % 2 == 0 ? -40 : 40), 40 + i * 70, 70, 110);
                }
                g.drawLine(290, 150, 290, 640);
            }
            case "bins" -> {
                Color[] colours = {new Color(30, 110, 200), new Color(40, 150, 70), new Color(120, 120, 120), new Color(200, 40, 40)};
                for (int i = 0; i < 4; i++) {
                    g.setColor(colours[i]);
                    g.fillRoundRect(10 + i * 150, 260, 120, 340, 20, 20);
                    g.fillRect(0 + i * 150, 230, 140, 30);
                }
            }
            case "heart" -> {
                Path2D heart = new Path2D.Double();
                heart.moveTo(300, 600);
                heart.curveTo(-60, 320, 80, 0, 300, 180);
                heart.curveTo(520, 0, 660, 320, 300, 600);
                g.fill(heart);
            }
            case "houses" -> {
                for (int i = 0; i < 3; i++) {
                    int x = 20 + i * 190;
                    g.setColor(accent);
                    g.fillRect(x, 330, 170, 260);
                    g.fillPolygon(new Polygon(new int[] {x - 15, x + 85, x + 185}, new int[] {330, 210, 330}, 3));
                    g.setColor(new Color(255, 200, 60));
                    g.fillRect(x + 55, 400, 60, 60);
                }
            }
            case "lantern" -> {
                g.drawLine(300, 0, 300, 120);
                g.setColor(new Color(220, 30, 30));
                g.fillOval(120, 120, 360, 420);
                g.setColor(accent);
                g.fillRect(220, 100, 160, 40);
                g.fillRect(220, 520, 160, 40);
                g.drawLine(300, 560, 300, 660);
            }
            case "bench" -> {
                g.fillRect(40, 380, 420, 40);
                g.fillRect(40, 300, 420, 30);
                g.fillRect(70, 420, 25, 160);
                g.fillRect(405, 420, 25, 160);
                g.fillRect(520, 60, 20, 540);
                g.fillOval(470, 20, 120, 80);
            }
            case "star" -> {
                int[] xs = new int[10];
                int[] ys = new int[10];
                for (int i = 0; i < 10; i++) {
                    double angle = Math.PI / 2 + i * Math.PI / 5;
                    double radius = i % 2 == 0 ? 300 : 120;
                    xs[i] = (int) (300 + radius * Math.cos(angle));
                    ys[i] = (int) (330 - radius * Math.sin(angle));
                }
                g.fillPolygon(xs, ys, 10);
            }
            case "hands" -> {
                g.fillRoundRect(20, 260, 320, 140, 70, 70);
                g.fillRoundRect(260, 320, 320, 140, 70, 70);
                g.setColor(new Color(255, 255, 255, 120));
                g.fillOval(250, 280, 140, 140);
            }
            case "rings" -> {
                g.setStroke(new BasicStroke(36));
                g.drawOval(40, 180, 320, 320);
                g.drawOval(240, 180, 320, 320);
            }
            default -> throw new IllegalArgumentException("no symbol " + symbol);
        }
    }

    private static byte[] encoded(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
