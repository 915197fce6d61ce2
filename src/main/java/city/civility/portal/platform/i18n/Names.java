package city.civility.portal.platform.i18n;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

    /** The name in this language (Simplified Chinese for any other). */
    public String in(Locale language) {
        if (Languages.TRADITIONAL.equals(language)) {
            return traditional;
        }
        return "en".equals(language.getLanguage()) ? english : simplified;
    }
}
