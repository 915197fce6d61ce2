package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nu.validator.client.EmbeddedValidator;

import city.civility.portal.testing.PublicPages;
import city.civility.portal.testing.Visitor;

/**
 * Every public page, in every language, is valid HTML by the Nu Html Checker (the W3C's
 * validator, run here in the test): no errors. The pages are those of {@link PublicPages}.
 */
class PublicPagesValidityIT {

    private static PublicPages.Shown pages;

    @BeforeAll
    static void publicPagesWithContent() {
        pages = PublicPages.withContent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void everyPublicPageIsValidHtml(String language) throws Exception {
        Visitor visitor = new Visitor();
        visitor.chooseLanguage(language);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true); // a page's language is the visitor's choice, not a guess from its text
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.pages().entrySet()) {
            HttpResponse<String> answer = visitor.get(page.getValue());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.getKey());
            String report = validator.validate(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
            try (JsonReader reader = Json.createReader(new StringReader(report))) {
                for (JsonObject message : reader.readObject().getJsonArray("messages").getValuesAs(JsonObject.class)) {
                    if (!"info".equals(message.getString("type", ""))) {
                        errors.add(page.getKey() + " (" + page.getValue() + ") line " + message.getInt("lastLine", 0) + ": "
                                + message.getString("message", "") + " [" + message.getString("extract", "").strip() + "]");
                    }
                }
            }
        }
        assertEquals(List.of(), errors, "HTML errors in " + language);
    }
}
