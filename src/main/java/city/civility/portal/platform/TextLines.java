package city.civility.portal.platform;

/** Text as residents and staff type it, made tidy the one way every feature keeps it. */
public final class TextLines {

    private TextLines() {
    }

    /** One line: control characters and line breaks become spaces, runs of spaces one, ends trimmed; null is "". */
    public static String line(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * Paragraphs: line breaks kept (as \n), other control characters gone, spaces at line
     * ends gone, at most one empty line between paragraphs, ends trimmed; null is "".
     */
    public static String paragraphs(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\u2028\\u2029]", "\n")
                .replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").replaceAll("[ \\t\\u3000]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** The length a person counts: characters, a Chinese character or an emoji as one. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
