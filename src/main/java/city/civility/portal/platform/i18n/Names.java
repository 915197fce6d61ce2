package city.civility.portal.platform.i18n;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/**
 * A name the office keeps in the portal's three languages, in the columns name_zh, name_zh_tw and
 * name_en of its table: a case category's, an ad theme's, a placement's.
 */
@Embeddable
public class Names {

    @Column(name = "name_zh", nullable = false)
    private String simplified;

    @Column(name = "name_zh_tw", nullable = false)
    private String traditional;

    @Column(name = "name_en", nullable = false)
    private String english;

    protected Names() {
    }

    /** One name for the three languages, until the office translates it. */
    public Names(String name) {
        this.simplified = name;
        this.traditional = name;
        this.english = name;
    }

    /** The office's name in each language, each 1 to {@code max} characters after trimming. */
    public static Names of(String simplified, String traditional, String english, int max) {
        Names names = new Names();
        names.simplified = checked(simplified, max);
        names.traditional = checked(traditional, max);
        names.english = checked(english, max);
        return names;
    }

    private static String checked(String typed, int max) {
        String clean = TextLines.line(typed);
        if (clean.isEmpty() || TextLines.length(clean) > max) {
            throw new RuleViolation("names.invalid", max);
        }
        return clean;
    }

    public String getSimplified() {
        return simplified;
    }

    public String getTraditional() {
        return traditional;
    }

    public String getEnglish() {
        return english;
    }

    /** The name in this language (Simplified Chinese for any other). */
    public String in(Locale language) {
        if (Languages.TRADITIONAL.equals(language)) {
            return traditional;
        }
        return "en".equals(language.getLanguage()) ? english : simplified;
    }
}
