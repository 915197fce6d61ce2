package city.civility.portal.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import city.civility.portal.platform.RuleViolation;

/** The message bundle, for Java code: the pages read the same bundle as {@code #{msg[...]}}. */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** In the language of the page being rendered. */
    public static String get(String key, Object... args) {
        return get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** An error shown next to the field with this client id. */
    public static void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /**
     * Runs one service call for a form: the one way a page turns a broken rule into an error
     * message. The result is then null, and the form keeps what was typed.
     */
    public static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuleViolation e) {
            error(e.messageKey(), e.args());
            return null;
        }
    }

    /** As {@link #attempt(Supplier)}, for a call that returns nothing: whether it kept the rules. */
    public static boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = get(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
