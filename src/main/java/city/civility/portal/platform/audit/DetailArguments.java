package city.civility.portal.platform.audit;

import java.io.StringReader;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.Dates;

/**
 * The arguments of an audit line's detail, kept in one column as a JSON array: a text as
 * written (a number in digits, a time in the office's zone), a list as an array, and an
 * {@link AuditLog.Translated} key as {"key": ...}. The page shows a list joined the reader's
 * way and a key as its text in the reader's language.
 */
final class DetailArguments {

    /** The length of the detail_args column. */
    static final int MAX_LENGTH = 2000;

    /** Marks where a long text or list was cut. */
    private static final String CUT = "…";

    private DetailArguments() {
    }

    /** The arguments as stored, or null for none. A long text or list is cut (…) so that the whole fits the column. */
    static String encode(Object... args) {
        if (args.length == 0) {
            return null;
        }
        for (int longest = 200, most = 20; ; longest /= 2, most /= 2) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Object arg : args) {
                array.add(value(arg, longest, most));
            }
            String json = array.build().toString();
            if (json.length() <= MAX_LENGTH) {
                return json;
            }
            if (longest == 0) {
                throw new IllegalArgumentException("more arguments than an audit detail holds: " + args.length);
            }
        }
    }

    private static JsonValue value(Object arg, int longest, int most) {
        if (arg instanceof AuditLog.Translated translated) {
            return Json.createObjectBuilder().add("key", translated.key()).build();
        }
        if (arg instanceof Collection<?> items) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            items.stream().limit(most).forEach(item -> list.add(value(item, longest, most)));
            if (items.size() > most) {
                list.add(CUT);
            }
            return list.build();
        }
        String text = arg instanceof Instant time ? Dates.dateTimeOf(time) : arg == null ? "" : arg.toString();
        if (text.length() <= longest) {
            return Json.createValue(text);
        }
        int end = longest > 0 && Character.isHighSurrogate(text.charAt(longest - 1)) ? longest - 1 : longest; // never half a character
        return Json.createValue(text.substring(0, end) + CUT);
    }

    /** The stored arguments as the reader sees them, each a text for MessageFormat to insert as it is. */
    static Object[] shown(String stored, Locale locale) {
        if (stored == null) {
            return new Object[0];
        }
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            return reader.readArray().stream().map(value -> shown(value, locale)).toArray();
        }
    }

    private static String shown(JsonValue value, Locale locale) {
        return switch (value.getValueType()) {
            case ARRAY -> list(value.asJsonArray(), locale);
            case OBJECT -> Texts.get(locale, value.asJsonObject().getString("key"));
            default -> ((JsonString) value).getString();
        };
    }

    private static String list(JsonArray items, Locale locale) {
        if (items.isEmpty()) {
            return Texts.get(locale, "audit.detail.none");
        }
        return items.stream().map(item -> shown(item, locale)).collect(Collectors.joining(Texts.get(locale, "list.separator")));
    }
}
