package city.civility.portal.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages the portal speaks, and how a visitor's choice is remembered:
 * a cookie, so that public pages stay free of sessions. Simplified Chinese is the default.
 */
public final class Languages {

    public static final String COOKIE = "portal_lang";
    public static final Locale SIMPLIFIED = Locale.SIMPLIFIED_CHINESE;
    public static final Locale TRADITIONAL = Locale.TRADITIONAL_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(SIMPLIFIED, TRADITIONAL, Locale.ENGLISH);

    private Languages() {
    }

    /** The supported locale with this BCP 47 tag (zh-CN, zh-TW, en), if any. */
    public static Optional<Locale> byTag(String tag) {
        return SUPPORTED.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(tag)).findFirst();
    }

    public static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return byTag(c.getValue()).orElse(SIMPLIFIED);
                }
            }
        }
        return SIMPLIFIED;
    }
}
