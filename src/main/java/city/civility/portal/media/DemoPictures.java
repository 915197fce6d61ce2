package city.civility.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The illustrations of the demo city's articles and good people, as JPEG files drawn by
 * {@link DemoPictureDrawing} when the portal was built.
 */
public final class DemoPictures {

    static final String FOLDER = "demo/pictures";

    private DemoPictures() {
    }

    /** The picture of this name (skyline, crossing, lanterns, classroom, alley) as a JPEG. */
    public static byte[] jpeg(String name) {
        try (InputStream in = DemoPictures.class.getResourceAsStream("/" + FOLDER + "/" + name + ".jpg")) {
            if (in == null) {
                throw new IllegalArgumentException("no demo picture " + name + " (drawn by the build's process-classes step)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
