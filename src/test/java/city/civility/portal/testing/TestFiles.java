package city.civility.portal.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
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

    /** Where {@link #jpegTakenAt} says its photo was taken (its EXIF GPS position). */
    public static final double PHOTO_LATITUDE = 31.230416;
    public static final double PHOTO_LONGITUDE = 121.473701;
    /** The photo's EXIF description, which names the place in words: gone with the rest of the EXIF block once stored. */
    public static final String PHOTO_LOCATION = "GPS 31.230416N 121.473701E";

    /**
     * A real JPEG with an EXIF block (APP1) right after its start, as a phone's camera writes
     * it: a description ({@link #PHOTO_LOCATION}) and the GPS position where the photo was
     * taken ({@link #PHOTO_LATITUDE}, {@link #PHOTO_LONGITUDE}) in degrees, minutes and seconds.
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
        byte[] exif = exifWithGps(PHOTO_LOCATION, PHOTO_LATITUDE, PHOTO_LONGITUDE);
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

    /** An EXIF block (big-endian TIFF): the first directory's description and GPS pointer, then the GPS directory. */
    private static byte[] exifWithGps(String description, double latitude, double longitude) {
        byte[] text = (description + "\0").getBytes(StandardCharsets.US_ASCII);
        int textAt = 8 + 2 + 2 * 12 + 4;
        int gpsAt = textAt + text.length + text.length % 2;
        int latitudeAt = gpsAt + 2 + 4 * 12 + 4;
        int longitudeAt = latitudeAt + 24;
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(longitudeAt + 24); // big-endian, as "MM" says
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(textAt); // ImageDescription
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt); // GPSInfo
        tiff.putInt(0);
        tiff.put(text);
        tiff.position(gpsAt);
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitudeAt);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(longitudeAt);
        tiff.putInt(0);
        for (double degrees : new double[] {latitude, longitude}) {
            int whole = (int) degrees;
            double minutes = (degrees - whole) * 60;
            long seconds = Math.round((minutes - (int) minutes) * 60 * 10_000);
            tiff.putInt(whole).putInt(1).putInt((int) minutes).putInt(1).putInt((int) seconds).putInt(10_000);
        }
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[header.length + tiff.capacity()];
        System.arraycopy(header, 0, block, 0, header.length);
        System.arraycopy(tiff.array(), 0, block, header.length, tiff.capacity());
        return block;
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

    /**
     * Starts like an MPEG-4 film (its "ftyp" box) and is {@code megabytes} MB long: the rest a
     * hole in the file, so making it costs no time, and sending it reads 300 MB all the same.
     */
    public static Path mp4(String name, int megabytes) throws IOException {
        Path file = dir().resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(0);
            out.write(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'a', 'v', 'c', '1'});
            out.setLength(megabytes * 1024L * 1024L);
        }
        return file;
    }

    /** A Linux program (ELF) named like a film. */
    public static Path executableNamedMp4() throws IOException {
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        return Files.write(dir().resolve("promo.mp4"), elf);
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
