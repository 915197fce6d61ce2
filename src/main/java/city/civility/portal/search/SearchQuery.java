package city.civility.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a resident typed, read the way a resident means it: words, "exact phrases"
 * (straight or Chinese quotes) and -excluded words or phrases. Nothing else has a
 * meaning: Lucene's operators, stray quotes and control characters are plain text, so no
 * input can make a search fail. A search costs work per character and per part: what
 * goes past {@link #MAX_LENGTH} characters or {@link #MAX_PARTS} parts is dropped, and
 * {@code shortened} says so, for the resident to be told.
 */
public record SearchQuery(List<String> include, List<String> exclude, boolean shortened) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_PARTS = 12;
    /** Spaces between Chinese characters mean nothing ("文明 城市" is 文明城市). */
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    public SearchQuery(List<String> include, List<String> exclude) {
        this(include, exclude, false);
    }

    public static SearchQuery parse(String typed) {
        String whole = clean(typed);
        String text = cut(whole);
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        int i = 0;
        while (i < text.length() && include.size() + exclude.size() < MAX_PARTS) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            boolean excluded = c == '-' && i + 1 < text.length() && text.charAt(i + 1) != ' ';
            int start = excluded ? i + 1 : i;
            String part;
            int end;
            int close = isOpeningQuote(text.charAt(start)) ? closingQuote(text, start + 1) : -1;
            if (close > 0) {
                part = text.substring(start + 1, close);
                end = close + 1;
            } else {
                end = text.indexOf(' ', start);
                end = end < 0 ? text.length() : end;
                part = text.substring(start, end);
            }
            part = SPACE_BETWEEN_HAN.matcher(part.replaceAll("[\"“”]", " ").strip()).replaceAll("");
            if (!part.isEmpty()) {
                (excluded ? exclude : include).add(part);
            }
            i = end;
        }
        boolean shortened = text.length() < whole.length() || !text.substring(i).isBlank();
        return new SearchQuery(List.copyOf(include), List.copyOf(exclude), shortened);
    }

    private static String clean(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u00a0\\u3000\\s]+", " ").strip();
    }

    private static String cut(String text) {
        return text.codePointCount(0, text.length()) <= MAX_LENGTH ? text : text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“';
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '"' || text.charAt(i) == '”') {
                return i;
            }
        }
        return -1; // unbalanced: the quote is plain text
    }

    public boolean isEmpty() {
        return include.isEmpty();
    }

    /** The query written back, e.g. for the search box and a suggested correction. */
    public String text() {
        List<String> parts = new ArrayList<>();
        include.forEach(p -> parts.add(p.contains(" ") ? "\"" + p + "\"" : p));
        exclude.forEach(p -> parts.add("-" + (p.contains(" ") ? "\"" + p + "\"" : p)));
        return String.join(" ", parts);
    }
}
