package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in all three languages, so no visitor meets a ???key??? or a fallback. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void theThreeLanguagesHaveTheSameKeysAndNoEmptyText(String bundle) throws IOException {
        Properties simplified = load(bundle + "_zh");
        for (String other : new String[] {bundle + "_zh_TW", bundle + "_en"}) {
            Properties texts = load(other);
            Set<String> missing = new TreeSet<>(simplified.stringPropertyNames());
            missing.removeAll(texts.stringPropertyNames());
            Set<String> extra = new TreeSet<>(texts.stringPropertyNames());
            extra.removeAll(simplified.stringPropertyNames());
            assertEquals(Set.of(), missing, other + " lacks keys");
            assertEquals(Set.of(), extra, other + " has keys the default lacks");
            texts.forEach((k, v) -> assertFalse(v.toString().isBlank(), other + ": " + k + " is empty"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh", "messages_zh_TW", "messages_en"})
    void everyTextIsAValidMessageFormat(String bundle) throws IOException {
        load(bundle).forEach((k, v) -> new MessageFormat(v.toString()));
    }

    /** MessageFormat takes a single apostrophe for a quote: "nominee's {0}" would lose the apostrophe and keep "{0}". */
    @ParameterizedTest
    @ValueSource(strings = {"messages_zh", "messages_zh_TW", "messages_en"})
    void aTextWithPlaceholdersShowsItsApostrophesAndFillsEveryPlaceholder(String bundle) throws IOException {
        load(bundle).forEach((k, v) -> {
            String text = v.toString();
            if (text.matches("(?s).*\\{[0-9].*")) {
                String shown = MessageFormat.format(text, 1, 2, 3, 4, 5);
                assertFalse(shown.matches("(?s).*\\{[0-9].*"), bundle + ": " + k + " leaves a placeholder unfilled: " + shown);
                assertEquals(text.replace("''", "'").chars().filter(c -> c == '\'').count(), shown.chars().filter(c -> c == '\'').count(),
                        bundle + ": " + k + " loses an apostrophe (write it '')");
            }
        });
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
