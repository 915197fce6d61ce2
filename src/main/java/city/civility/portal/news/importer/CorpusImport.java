package city.civility.portal.news.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.news.ArticleImports;
import city.civility.portal.news.ImportedArticle;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;

/**
 * Imports a folder of plain-text captures (PORTAL_IMPORT_DIR) as published articles:
 * split by {@link TextArticles}, given a channel by their words and publication dates
 * spread over the past months. Importing the same folder again adds nothing.
 */
@Stateless
@RolesAllowed(StaffRoles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each article is its own transaction
public class CorpusImport {

    private static final Logger LOG = Logger.getLogger(CorpusImport.class.getName());
    static final String ACTOR = "import";

    @Inject
    @ConfigProperty(name = "portal.import.dir")
    Optional<String> folder;

    @Inject
    ArticleImports imports;

    @Inject
    PortalClock clock;

    /** What an import did: files read, articles added and already there, chrome lines dropped, files it could not read. */
    public record Report(int files, int added, int existing, int skippedLines, List<String> unreadable) {
    }

    @PermitAll
    public Optional<String> folder() {
        return folder.filter(f -> !f.isBlank());
    }

    /** An administrator's import of the configured folder. */
    public Report importConfiguredFolder() {
        return importFolder();
    }

    /**
     * The same import, run by the portal itself at start-up when PORTAL_IMPORT_DIR is set.
     * No page reaches it; it imports nothing an administrator could not.
     */
    @PermitAll
    public Report importAtStartup() {
        return importFolder();
    }

    private Report importFolder() {
        Path dir = Path.of(folder().orElseThrow(() -> new RuleViolation("import.notConfigured")));
        if (!Files.isDirectory(dir)) {
            throw new RuleViolation("import.missingFolder", dir.toString());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new RuleViolation("import.missingFolder", dir.toString());
        }
        Instant now = clock.now();
        int added = 0;
        int existing = 0;
        int skipped = 0;
        int position = 0;
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            TextArticles.Result result;
            try {
                result = TextArticles.parse(name, read(file));
            } catch (IOException e) {
                unreadable.add(name);
                continue;
            }
            skipped += result.skippedLines();
            for (int i = 0; i < result.articles().size(); i++) {
                TextArticles.Parsed parsed = result.articles().get(i);
                Instant published = now.minus(Duration.ofDays(20L + 9L * position++)).minus(Duration.ofMinutes(37L * i));
                ImportedArticle article = new ImportedArticle(name + "#" + (i + 1), channelFor(parsed), parsed.title(),
                        parsed.paragraphs(), null, null, null, false, false, published);
                if (imports.add(article, ACTOR)) {
                    added++;
                } else {
                    existing++;
                }
            }
        }
        Report report = new Report(files.size(), added, existing, skipped, unreadable);
        LOG.info(() -> "event=text-import folder=" + dir + " " + report);
        return report;
    }

    /** Malformed bytes become U+FFFD (dropped by the parser) instead of failing the file. */
    private static String read(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(e);
        }
    }

    /** The channel an article belongs in, by what it is about. */
    static String channelFor(TextArticles.Parsed article) {
        String text = article.title() + String.join("", article.paragraphs().subList(0, Math.min(3, article.paragraphs().size())));
        if (article.title().contains("通知") || article.title().contains("公告")) {
            return "notices";
        }
        if (text.contains("志愿") || text.contains("志願")) {
            return "volunteer";
        }
        if (text.contains("实践") || text.contains("實踐")) {
            return "practice";
        }
        if (text.contains("创建") || text.contains("創建") || text.contains("创文") || text.contains("創文") || text.contains("文明城市")) {
            return "campaign";
        }
        return "news";
    }
}
