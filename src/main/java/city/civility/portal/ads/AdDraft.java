package city.civility.portal.ads;

import java.time.Year;
import java.util.Arrays;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/**
 * What an editor fills in about an ad. {@link #cleaned(int)} checks it and returns what is
 * stored: trimmed, control characters gone, tags made one list.
 */
public record AdDraft(String title, String themeCode, AdFormat format, String description, String altText,
                      String producer, Integer year, String rights, String licence, String tags) {

    /** The first year a city's 公益广告 could have been made in for this library: older works are archive material. */
    static final int FIRST_YEAR = 1949;

    AdDraft cleaned(int thisYear) {
        if (themeCode == null || themeCode.isBlank()) {
            throw new RuleViolation("ads.theme.required");
        }
        if (format == null) {
            throw new RuleViolation("ads.format.required");
        }
        if (year == null || year < FIRST_YEAR || year > thisYear) {
            throw new RuleViolation("ads.year.invalid", FIRST_YEAR, Year.of(thisYear).getValue());
        }
        return new AdDraft(required(line(title, 100), "ads.title.required"), themeCode, format,
                required(text(description, 2000), "ads.description.required"),
                required(text(altText, 500), "ads.altText.required"),
                required(line(producer, 100), "ads.producer.required"), year,
                required(text(rights, 2000), "ads.rights.required"), text(licence, 4000), tags(tags));
    }

    private static String line(String value, int max) {
        return checked(TextLines.line(value), max);
    }

    private static String text(String value, int max) {
        return checked(TextLines.paragraphs(value), max);
    }

    private static String checked(String clean, int max) {
        if (TextLines.length(clean) > max) {
            throw new RuleViolation("ads.field.tooLong", max);
        }
        return clean;
    }

    private static String required(String value, String messageKey) {
        if (value.isEmpty()) {
            throw new RuleViolation(messageKey);
        }
        return value;
    }

    /** Tags separated by commas (either width), spaces or 、; duplicates dropped. */
    private static String tags(String value) {
        return String.join(",", Arrays.stream(line(value, 200).split("[,，、\\s]+")).filter(t -> !t.isBlank()).distinct().toList());
    }
}
