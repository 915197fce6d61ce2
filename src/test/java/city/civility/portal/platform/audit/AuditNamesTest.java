package city.civility.portal.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The audit page shows what each feature records in the staff's language: every action and
 * subject type passed to {@code audit.record} or {@code audit.recordAs} anywhere in the
 * sources has its text (audit.action.*, audit.subject.*); the stored values stay as recorded.
 * Every detail key has its text in each language, with one placeholder for each argument given.
 */
class AuditNamesTest {

    private static final Pattern CALL = Pattern.compile("\\baudit\\.record(As)?\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([^\"]*)\";");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyRecordedActionAndSubjectHasItsText() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String source : sources()) {
            keys.addAll(recordedKeys(source));
        }
        assertTrue(keys.size() > 40, "the sources' audit calls were found: " + keys);
        keys.removeAll(bundle("messages_zh").stringPropertyNames());
        assertEquals(Set.of(), keys, "audit actions and subjects the page would show as ???key???");
    }

    @Test
    void everyDetailKeyHasItsTextInEachLanguageWithAPlaceholderForEachArgument() throws IOException {
        Map<String, Integer> arguments = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String source : sources()) {
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                List<String> args = arguments(source, call.end());
                int detail = (call.group(1) == null ? 0 : 1) + 3; // after action, subject type and id
                String key = args.get(detail).strip();
                List<String> keys = LITERAL.matcher(key).results().map(m -> m.group(1)).toList();
                if (keys.isEmpty() && !key.equals("null") || keys.stream().anyMatch(k -> !k.startsWith("audit.detail."))) {
                    problems.add("not a written-out audit.detail.* key: " + key);
                }
                for (String k : keys) {
                    Integer before = arguments.put(k, args.size() - detail - 1);
                    if (before != null && before != args.size() - detail - 1) {
                        problems.add(k + " is given " + before + " arguments at one call and " + (args.size() - detail - 1) + " at another");
                    }
                }
            }
        }
        assertTrue(arguments.size() > 20, "the sources' detail keys were found: " + arguments);
        for (String language : new String[] {"messages_zh", "messages_zh_TW", "messages_en"}) {
            Properties texts = bundle(language);
            arguments.forEach((key, count) -> {
                String text = texts.getProperty(key);
                Set<Integer> expected = IntStream.range(0, count).boxed().collect(Collectors.toSet());
                if (text == null || !placeholders(text).equals(expected)) {
                    problems.add(language + ": " + key + "=" + text + " should have the placeholders " + expected);
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    private static Set<Integer> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> Integer.valueOf(m.group(1))).collect(Collectors.toSet());
    }

    private static List<String> sources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
        }
        return sources;
    }

    private static Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = AuditNamesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** The message keys of one file's audit calls: each literal of the action argument, and the subject type (a literal or a constant). */
    private static List<String> recordedKeys(String source) {
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        List<String> keys = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            List<String> args = arguments(source, call.end());
            int action = call.group(1) == null ? 0 : 1; // recordAs names the actor first
            Matcher literal = LITERAL.matcher(args.get(action));
            while (literal.find()) {
                keys.add("audit.action." + literal.group(1));
            }
            String type = args.get(action + 1).strip();
            keys.add("audit.subject." + (type.startsWith("\"") ? type.substring(1, type.length() - 1) : constants.get(type)));
        }
        return keys;
    }

    /** The arguments of the call whose parenthesis opened just before {@code from}, split at its own commas. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        boolean quoted = false;
        for (int i = from; ; i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                args.add(source.substring(start, i));
                start = i + 1;
                if (c == ')') {
                    return args;
                }
            }
        }
    }
}
