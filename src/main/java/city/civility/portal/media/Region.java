package city.civility.portal.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import city.civility.portal.platform.RuleViolation;

/**
 * An area of a picture, in fractions of its width and height (0 to 1), so that it means the
 * same on the thumbnail an officer marks it on and on the picture itself.
 */
public record Region(double x, double y, double width, double height) {

    public Region {
        if (!(x >= 0 && y >= 0 && width > 0 && height > 0 && x + width <= 1.0001 && y + height <= 1.0001)) {
            throw new RuleViolation("media.region.invalid");
        }
    }

    /** Regions as the marking tool writes them: {@code x,y,w,h} in per cent, separated by {@code ;}. */
    public static List<Region> parse(String typed) {
        List<Region> regions = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return regions;
        }
        for (String part : typed.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] numbers = part.strip().split("\\s*,\\s*");
            if (numbers.length != 4) {
                throw new RuleViolation("media.region.invalid");
            }
            try {
                regions.add(new Region(Double.parseDouble(numbers[0]) / 100, Double.parseDouble(numbers[1]) / 100,
                        Double.parseDouble(numbers[2]) / 100, Double.parseDouble(numbers[3]) / 100));
            } catch (NumberFormatException e) {
                throw new RuleViolation("media.region.invalid");
            }
        }
        return regions;
    }

    /** As {@link #parse} reads it. */
    public static String format(List<Region> regions) {
        return String.join(";", regions.stream().map(r -> String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", r.x * 100, r.y * 100,
                r.width * 100, r.height * 100)).toList());
    }
}
