package city.civility.portal.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the illustrations of the demo city's articles and good people at build time (the
 * build's process-classes step), so the project ships no binary files and a first start
 * neither draws nor loads fonts: a skyline, a street crossing, lanterns, a classroom, an
 * alley. Not in the WAR; the portal reads the pictures through {@link DemoPictures}.
 */
public final class DemoPictureDrawing {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;

    static final List<String> NAMES = List.of("skyline", "crossing", "lanterns", "classroom", "alley");

    private DemoPictureDrawing() {
    }

    /** Writes every picture into {@code args[0]} (the build's class folder), as {@link DemoPictures} reads them. */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]).resolve(DemoPictures.FOLDER));
        for (String name : NAMES) {
            Files.write(folder.resolve(name + ".jpg"), jpeg(name));
        }
    }

    /**
     * The picture as a JPEG: the media library keeps a JPEG as one, where a PNG was encoded
     * twice more (deflate in Java code).
     */
    static byte[] jpeg(String name) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(name.hashCode());
        switch (name) {
            case "skyline" -> skyline(g, random);
            case "crossing" -> crossing(g);
            case "lanterns" -> lanterns(g);
            case "classroom" -> classroom(g);
            case "alley" -> alley(g, random);
            default -> throw new IllegalArgumentException("no demo picture " + name);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.95f); // stored again at 0.88 by the media library
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

    private static void sky(Graphics2D g, Color top, Color bottom) {
        g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT, bottom));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    private static void skyline(Graphics2D g, Random random) {
        sky(g, new Color(255, 196, 120), new Color(190, 40, 40));
        g.setColor(new Color(255, 230, 150));
        g.fillOval(620, 120, 160, 160);
        for (int x = 0; x < WIDTH; x += 60) {
            int h = 120 + random.nextInt(220);
            g.setColor(new Color(60 + random.nextInt(30), 20, 30));
            g.fillRect(x, HEIGHT - h, 52, h);
            g.setColor(new Color(255, 220, 120, 180));
            for (int y = HEIGHT - h + 15; y < HEIGHT - 20; y += 28) {
                g.fillRect(x + 10, y, 10, 12);
                g.fillRect(x + 32, y, 10, 12);
            }
        }
    }

    private static void crossing(Graphics2D g) {
        sky(g, new Color(110, 120, 130), new Color(60, 64, 70));
        g.setColor(Color.WHITE);
        for (int x = 80; x < WIDTH - 80; x += 90) {
            g.fillRect(x, 300, 50, 200);
        }
        g.setColor(new Color(200, 30, 30));
        for (int i = 0; i < 3; i++) {
            g.fillOval(200 + i * 250, 150, 70, 70);
            g.fillRect(220 + i * 250, 215, 30, 90);
        }
        g.setColor(new Color(40, 180, 80));
        g.fillOval(850, 60, 60, 60);
    }

    private static void lanterns(Graphics2D g) {
        sky(g, new Color(40, 20, 60), new Color(110, 30, 50));
        g.setStroke(new BasicStroke(3));
        for (int i = 0; i < 5; i++) {
            int x = 90 + i * 180;
            int y = 80 + (i % 2) * 60;
            g.setColor(new Color(230, 190, 90));
            g.drawLine(x + 50, 0, x + 50, y);
            g.setColor(new Color(220, 30, 30));
            g.fillOval(x, y, 100, 130);
            g.setColor(new Color(250, 200, 60));
            g.fillRect(x + 30, y - 8, 40, 12);
            g.fillRect(x + 30, y + 126, 40, 12);
            g.drawLine(x + 50, y + 138, x + 50, y + 190);
        }
    }

    private static void classroom(Graphics2D g) {
        sky(g, new Color(245, 240, 225), new Color(225, 215, 190));
        g.setColor(new Color(40, 90, 60));
        g.fillRect(180, 60, 600, 260);
        g.setColor(new Color(140, 90, 50));
        for (int row = 0; row < 2; row++) {
            for (int i = 0; i < 4; i++) {
                g.fillRect(120 + i * 200, 370 + row * 80, 150, 24);
            }
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5));
        g.drawLine(240, 140, 420, 140);
        g.drawLine(240, 200, 520, 200);
    }

    private static void alley(Graphics2D g, Random random) {
        sky(g, new Color(170, 210, 235), new Color(235, 240, 245));
        g.setColor(new Color(150, 150, 150));
        int[] xs = {0, 380, 580, WIDTH, WIDTH, 0};
        int[] ys = {HEIGHT, 280, 280, HEIGHT, HEIGHT, HEIGHT};
        g.fillPolygon(xs, ys, 4);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(200 + random.nextInt(40), 190, 170));
            g.fillRect(i * 60, 120 + i * 25, 60, HEIGHT);
            g.fillRect(WIDTH - (i + 1) * 60, 120 + i * 25, 60, HEIGHT);
            g.setColor(new Color(30, 120, 60));
            g.fillOval(i * 60 + 10, 100 + i * 25, 40, 40);
        }
    }
}
