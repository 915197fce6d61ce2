import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes N articles for the search benchmark by recombining the shared corpus's
 * paragraphs with a fixed seed, as tab-separated rows (title, summary, body HTML) for
 * PostgreSQL's COPY. Run: java GenerateArticles.java CORPUS_DIR N OUT_FILE
 */
public class GenerateArticles {

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String clean = line.replace('\t', ' ').replace('\\', ' ').strip();
                    if (clean.codePointCount(0, clean.length()) >= 30) {
                        paragraphs.add(clean);
                    }
                }
            }
        }
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                String lead = paragraphs.get(random.nextInt(paragraphs.size()));
                String title = lead.substring(0, Math.min(lead.length(), 12 + random.nextInt(14))).replaceAll("[，。,.、；;：:]+$", "")
                        + "（第" + i + "期）";
                StringBuilder body = new StringBuilder();
                int n = 3 + random.nextInt(5);
                for (int p = 0; p < n; p++) {
                    body.append("<p>").append(escape(paragraphs.get(random.nextInt(paragraphs.size())))).append("</p>");
                }
                String summary = lead.substring(0, Math.min(lead.length(), 100));
                out.write(title + "\t" + summary + "\t" + body + "\n");
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
