package city.civility.portal.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Files for upload tests, made on the spot under target/test-files/. */
public final class TestFiles {

    private TestFiles() {
    }

    private static Path dir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("portal.buildDir", "target"), "test-files"));
    }

    /** A real PNG picture of the given size. */
    public static Path png(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(180, 22, 27));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Path file = dir().resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /**
     * A PNG picture of black and white squares of 8 pixels: fine detail that blurring visibly
     * removes, and that a JPEG copy keeps exactly (each of its 8×8 blocks is one colour).
     */
    public static Path checkerboard(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x / 8 + y / 8) % 2 == 0 ? 0x000000 : 0xffffff);
            }
        }
        Path file = dir().resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Where {@link #jpegTakenAt} says its photo was taken, as a camera's EXIF block would. */
    public static final String PHOTO_LOCATION = "GPS 31.230416N 121.473701E";

    /**
     * A real JPEG with an EXIF block (APP1) right after its start, holding {@link #PHOTO_LOCATION}
     * as a phone's camera writes where a photo was taken.
     */
    public static Path jpegTakenAt(String name) throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = ("Exif\0\0MM\0*\0\0\0\u0008" + PHOTO_LOCATION).getBytes(StandardCharsets.ISO_8859_1);
        int length = exif.length + 2;
        Path file = dir().resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(jpeg, 0, 2); // SOI
            out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
            out.write(exif);
            out.write(jpeg, 2, jpeg.length - 2);
        }
        return file;
    }

    /** An HTML page with a script, named like a picture. */
    public static Path htmlNamedJpg() throws IOException {
        return Files.writeString(dir().resolve("photo.jpg"), "<html><body><script>alert(document.cookie)</script></body></html>",
                StandardCharsets.UTF_8);
    }

    /** Starts like a JPEG but is {@code megabytes} MB long. */
    public static Path oversizedJpeg(int megabytes) throws IOException {
        Path file = dir().resolve("huge.jpg");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
        }
        return file;
    }

    /** A small .docx whose one hidden part unpacks to {@code unpackedMegabytes} MB of zeros. */
    public static Path zipBombDocx(int unpackedMegabytes) throws IOException {
        Path file = dir().resolve("report.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < unpackedMegabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A small, valid one-page PDF. */
    public static Path pdf(String name) throws IOException {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
        return Files.writeString(dir().resolve(name), pdf, StandardCharsets.US_ASCII);
    }
}
