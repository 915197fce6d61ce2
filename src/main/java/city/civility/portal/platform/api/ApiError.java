package city.civility.portal.platform.api;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;

/**
 * The body of every refused API call: a stable code for programs and a message in
 * the caller's language (from Accept-Language; Simplified Chinese by default).
 */
public record ApiError(String error, String message) {

    /** Made once: Json.createGenerator looks the provider up through the class loaders on every call. */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    public static Response respond(Response.Status status, String code, HttpHeaders headers, String messageKey, Object... args) {
        return respond(status, code, language(headers), messageKey, args);
    }

    /** For the portal's own pages' calls: in the language the visitor chose on the site. */
    public static Response respond(Response.Status status, String code, Locale language, String messageKey, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code, Texts.get(language, messageKey, args))).build();
    }

    /** The same answer from a plain servlet (the API's hot paths that skip JAX-RS). */
    public static void send(HttpServletResponse response, int status, String code, Locale language, String messageKey, Object... args)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (JsonGenerator json = JSON.createGenerator(response.getWriter())) {
            json.writeStartObject().write("error", code).write("message", Texts.get(language, messageKey, args)).writeEnd();
        }
    }

    static Locale language(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("zh".equals(wanted.getLanguage())) {
                String script = wanted.toLanguageTag().toLowerCase(Locale.ROOT);
                return script.contains("tw") || script.contains("hk") || script.contains("hant")
                        ? Languages.TRADITIONAL : Languages.SIMPLIFIED;
            }
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Languages.SIMPLIFIED;
    }
}
