package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.PublicPages;
import city.civility.portal.testing.Visitor;

/**
 * Every public page, in every language, is valid HTML by the Nu Html Checker (the W3C's
 * validator, vnu.jar, fetched by the build into target/html-checker): no errors. The pages are
 * those of {@link PublicPages}; they are saved and checked in one run of the checker.
 */
@Tag(PortalServer.ANY_DATABASE) // the markup is the templates', whatever the database
class PublicPagesValidityIT {

    private static PublicPages.Shown pages;

    @BeforeAll
    static void publicPagesWithContent() {
        pages = PublicPages.withContent();
    }

    private static final Path CHECKER = Paths.get("target/html-checker/package/build/dist/vnu.jar");

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void everyPublicPageIsValidHtml(String language) throws Exception {
        assertTrue(Files.isRegularFile(CHECKER), "the build fetches the checker to " + CHECKER.toAbsolutePath());
        Visitor visitor = new Visitor();
        visitor.chooseLanguage(language);
        Path saved = Files.createTempDirectory("pages-" + language);
        Map<String, String> pageOfFile = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String> page : pages.pages().entrySet()) {
            HttpResponse<String> answer = visitor.get(page.getValue());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.getKey());
            Path file = saved.resolve("page-" + (++n) + ".html");
            Files.writeString(file, answer.body(), StandardCharsets.UTF_8);
            pageOfFile.put(file.toString(), page.getKey() + " (" + page.getValue() + ")");
        }
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", CHECKER.toString(), "--format", "json", "--stdout", "--exit-zero-always", "--no-langdetect"));
        command.addAll(pageOfFile.keySet());
        Process checker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(checker.waitFor(2, TimeUnit.MINUTES), "the checker ends");
        List<String> errors = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(report))) {
            for (JsonObject message : reader.readObject().getJsonArray("messages").getValuesAs(JsonObject.class)) {
                if (!"info".equals(message.getString("type", ""))) {
                    String url = message.getString("url", "");
                    errors.add(pageOfFile.getOrDefault(Paths.get(java.net.URI.create(url)).toString(), url) + " line "
                            + message.getInt("lastLine", 0) + ": " + message.getString("message", "") + " [" + message.getString("extract", "").strip() + "]");
                }
            }
        }
        assertEquals(List.of(), errors, "HTML errors in " + language);
    }
}
