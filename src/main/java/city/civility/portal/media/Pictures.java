package city.civility.portal.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import city.civility.portal.platform.RuleViolation;

/**
 * Re-encodes uploaded pictures: what is stored is pixels the portal wrote itself,
 * so hidden payloads and metadata (camera, GPS position) are gone. Pictures are
 * measured before they are decoded, so a "decompression bomb" is refused cheaply.
 */
final class Pictures {

    static final long MAX_PIXELS = 40_000_000L;
    /** A print original kept as delivered (never decoded whole): an A0 poster at 300 dpi is 140 million pixels. */
    static final long MAX_ORIGINAL_PIXELS = 200_000_000L;
    static final int THUMBNAIL_WIDTH = 400;

    /** The re-encoded picture: its type on disk (WebP and GIF become PNG) and its size. */
    record Stored(FileType type, int width, int height) {
    }

    private Pictures() {
    }

    static Stored reencode(Path upload, FileType uploaded, Path target, Path thumbnail) throws IOException {
        BufferedImage image = decode(upload);
        boolean opaque = !image.getColorModel().hasAlpha();
        FileType stored = opaque && uploaded == FileType.JPEG ? FileType.JPEG : FileType.PNG;
        write(image, stored, target);
        write(scaled(image, THUMBNAIL_WIDTH), FileType.JPEG, thumbnail);
        return new Stored(stored, image.getWidth(), image.getHeight());
    }

    /**
     * The picture with each region made unrecognisable for good: each block of a twelfth of the
     * region's shorter side (16 px at least) filled with its average colour, so that neither a
     * face nor a plate can be read back from the copy.
     */
    static BufferedImage blurred(BufferedImage original, List<Region> regions) {
        BufferedImage image = scaled(original, original.getWidth()); // an RGB copy
        for (Region region : regions) {
            int x0 = (int) Math.floor(region.x() * image.getWidth());
            int y0 = (int) Math.floor(region.y() * image.getHeight());
            int x1 = Math.min(image.getWidth(), (int) Math.ceil((region.x() + region.width()) * image.getWidth()));
            int y1 = Math.min(image.getHeight(), (int) Math.ceil((region.y() + region.height()) * image.getHeight()));
            int block = Math.max(16, Math.min(x1 - x0, y1 - y0) / 12);
            for (int by = y0; by < y1; by += block) {
                for (int bx = x0; bx < x1; bx += block) {
                    fillWithAverage(image, bx, by, Math.min(bx + block, x1), Math.min(by + block, y1));
                }
            }
        }
        return image;
    }

    private static void fillWithAverage(BufferedImage image, int x0, int y0, int x1, int y1) {
        long r = 0;
        long g = 0;
        long b = 0;
        int n = (x1 - x0) * (y1 - y0);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                r += (rgb >> 16) & 0xff;
                g += (rgb >> 8) & 0xff;
                b += rgb & 0xff;
            }
        }
        int average = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                image.setRGB(x, y, average);
            }
        }
    }

    /** Writes a picture made here (a blurred copy) as the library stores it, with its thumbnail. */
    static Stored store(BufferedImage image, Path target, Path thumbnail) throws IOException {
        write(image, FileType.JPEG, target);
        write(scaled(image, THUMBNAIL_WIDTH), FileType.JPEG, thumbnail);
        return new Stored(FileType.JPEG, image.getWidth(), image.getHeight());
    }

    static BufferedImage read(Path stored) throws IOException {
        return decode(stored);
    }

    private static BufferedImage decode(Path upload) throws IOException {
        return decode(upload, MAX_PIXELS, 0);
    }

    /**
     * The picture decoded, refused above {@code maxPixels}; with a {@code reducedWidth} (else 0), read at a
     * fraction of its size not narrower than that (every n-th pixel), so that a print original of
     * 100 million pixels costs the memory of its web copy, not 400 MB.
     */
    private static BufferedImage decode(Path file, long maxPixels, int reducedWidth) throws IOException {
        return reading(file, maxPixels, reader -> {
            ImageReadParam param = reader.getDefaultReadParam();
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            // at most MAX_PIXELS decoded, however narrow and tall the picture is
            int step = reducedWidth > 0 ? (int) Math.max(Math.max(1, reader.getWidth(0) / reducedWidth), Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS))) : 1;
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        });
    }

    /** A picture's width and height from its header, without decoding it; refused above {@code maxPixels} or when unreadable. */
    static Size measure(Path file, long maxPixels) throws IOException {
        return reading(file, maxPixels, reader -> new Size(reader.getWidth(0), reader.getHeight(0)));
    }

    private interface Reading<T> {
        T from(ImageReader reader) throws IOException;
    }

    /** Does {@code reading} with a reader of the picture, once its header says it is not over {@code maxPixels}. */
    private static <T> T reading(Path file, long maxPixels, Reading<T> reading) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) { // read from the file, never cached whole
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RuleViolation("media.unreadableImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw new RuleViolation("media.imageTooLarge", maxPixels / 10_000, maxPixels / 1_000_000); // 万 and megapixels
                }
                return reading.from(reader);
            } catch (IOException | RuntimeException e) {
                if (e instanceof RuleViolation rule) {
                    throw rule;
                }
                throw new RuleViolation("media.unreadableImage");
            } finally {
                reader.dispose();
            }
        }
    }

    record Size(int width, int height) {
    }

    /**
     * Web copies of a picture, each at most as wide as asked (never enlarged), written as JPEG
     * with its thumbnail; the source is decoded once, reduced to the widest, and may be a print
     * original of up to {@link #MAX_ORIGINAL_PIXELS}.
     */
    static List<Stored> renditions(Path source, List<Integer> widths, List<Path> targets, List<Path> thumbnails) throws IOException {
        BufferedImage image = decode(source, MAX_ORIGINAL_PIXELS, Collections.max(widths));
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < widths.size(); i++) {
            stored.add(store(scaled(image, widths.get(i)), targets.get(i), thumbnails.get(i)));
        }
        return stored;
    }

    /** A thumbnail of a print original, decoded reduced. */
    static void thumbnail(Path source, Path thumbnail) throws IOException {
        write(scaled(decode(source, MAX_ORIGINAL_PIXELS, THUMBNAIL_WIDTH), THUMBNAIL_WIDTH), FileType.JPEG, thumbnail);
    }

    /**
     * The picture at most {@code maxWidth} wide, opaque, in the layout the JPEG encoder takes as it is
     * (three bytes a pixel, as ImageIO decodes a JPEG): from four-byte pixels it copied every row
     * through a new int array, three fifths of the memory a rendition allocated.
     */
    private static BufferedImage scaled(BufferedImage image, int maxWidth) {
        int width = Math.min(maxWidth, image.getWidth());
        int height = Math.max(1, (int) Math.round(image.getHeight() * (width / (double) image.getWidth())));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return small;
    }

    private static void write(BufferedImage image, FileType type, Path target) throws IOException {
        if (type == FileType.JPEG) {
            BufferedImage rgb = image.getType() == BufferedImage.TYPE_3BYTE_BGR ? image : scaled(image, image.getWidth());
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            try (OutputStream out = Files.newOutputStream(target); ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(rgb, null, null), param);
            } finally {
                writer.dispose();
            }
        } else {
            try (OutputStream out = Files.newOutputStream(target)) {
                ImageIO.write(image, "png", out);
            }
        }
    }
}
