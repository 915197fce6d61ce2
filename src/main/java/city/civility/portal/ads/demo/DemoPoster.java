package city.civility.portal.ads.demo;

import java.awt.Color;
import java.util.List;

/** What the poster of demo/ads.txt's {@code number}th ad shows, and the file the build drew it into. */
record DemoPoster(int number, String symbol, Color background, Color accent, List<String> slogan, String producer) {

    static final String FOLDER = "demo/posters";

    /** ASCII, as a file name in the WAR and on any file system whatever its encoding. */
    String resourceName() {
        return "poster-%02d.jpg".formatted(number);
    }
}
