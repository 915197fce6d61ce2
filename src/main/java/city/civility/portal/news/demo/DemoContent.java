package city.civility.portal.news.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.media.DemoPictures;
import city.civility.portal.media.MediaService;
import city.civility.portal.news.ArticleImports;
import city.civility.portal.news.ImportedArticle;
import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.news.TopicDraft;
import city.civility.portal.news.TopicService;
import city.civility.portal.platform.PortalClock;

/**
 * Fills an empty portal with the demo content of the fictional 江川市 (demo/news.txt),
 * so the first start shows a living site. Off with PORTAL_DEMO_CONTENT=false.
 * Run at start-up by {@link city.civility.portal.news.NewsStartup}.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    static final String ACTOR = "demo";

    @Inject
    @ConfigProperty(name = "portal.demo-content")
    boolean enabled;

    @Inject
    ArticleImports imports;

    @Inject
    TopicService topics;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    @Inject
    MediaService media;

    @Inject
    PortalClock clock;

    /**
     * All of the demo city or none of it. It is a public change, announced first: that takes
     * the public version's row lock, so an instance starting at the same moment on the same
     * empty database waits, and then finds the demo city there.
     */
    @Transactional
    public void loadIntoEmptyPortal() {
        if (!enabled) {
            return;
        }
        publicChange.fire(new PublicContentVersion.Changed());
        if (imports.countArticles() > 0) {
            return;
        }
        Map<String, String> pictures = new HashMap<>();
        Demo demo = parse(read(), clock.now(), name -> pictures.computeIfAbsent(name, this::upload));
        int added = 0;
        for (ImportedArticle article : demo.articles()) {
            if (imports.add(article, ACTOR)) {
                added++;
            }
        }
        for (DemoTopic topic : demo.topics()) {
            String banner = pictures.computeIfAbsent(topic.picture(), this::upload);
            String intro = topic.intro().stream().map(p -> "<p>" + ImportedArticle.escape(p) + "</p>").reduce("", String::concat);
            topics.createImported(new TopicDraft(topic.title(), topic.slug(), intro, banner.substring(banner.lastIndexOf('/') + 1), true),
                    imports.articleIds(topic.articleKeys()), ACTOR);
        }
        int count = added;
        LOG.info(() -> "event=demo-content-loaded articles=" + count + " topics=" + demo.topics().size());
    }

    /** The demo file's content: articles, and topics gathering some of them. */
    record Demo(List<ImportedArticle> articles, List<DemoTopic> topics) {
    }

    /** A topic of the demo file: {@code kind: topic} instead of a channel, its text the introduction. */
    record DemoTopic(String slug, String title, String picture, List<String> intro, List<String> articleKeys) {
    }

    private String upload(String pictureName) {
        return media.importFile(pictureName + ".jpg", new ByteArrayInputStream(DemoPictures.jpeg(pictureName)), ACTOR).getUrl();
    }

    private static String read() {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/news.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the demo file's format (see its header); {@code pictures} turns a picture name into its address. */
    static Demo parse(String text, Instant now, Function<String, String> pictures) {
        List<ImportedArticle> articles = new ArrayList<>();
        List<DemoTopic> topics = new ArrayList<>();
        Map<String, List<String>> members = new HashMap<>();
        String[] blocks = text.split("(?m)^=== ");
        for (int i = 1; i < blocks.length; i++) {
            String[] lines = blocks[i].split("\n");
            String title = lines[0].strip();
            Map<String, String> fields = new HashMap<>();
            List<String> paragraphs = new ArrayList<>();
            boolean body = false;
            for (int l = 1; l < lines.length; l++) {
                String line = lines[l].strip();
                if (line.equals("---")) {
                    body = true;
                } else if (body && !line.isEmpty()) {
                    paragraphs.add(line);
                } else if (!body && line.contains(":")) {
                    fields.put(line.substring(0, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
                }
            }
            if ("topic".equals(fields.get("kind"))) {
                String slug = fields.get("slug");
                topics.add(new DemoTopic(slug, title, fields.get("picture"), paragraphs, members.getOrDefault(slug, List.of())));
                continue;
            }
            if (fields.containsKey("topic")) {
                members.computeIfAbsent(fields.get("topic"), slug -> new ArrayList<>()).add("demo:" + i);
            }
            String flags = fields.getOrDefault("flags", "");
            Instant published = now.minus(Duration.ofDays(Long.parseLong(fields.getOrDefault("days", "1"))))
                    .minus(Duration.ofMinutes(17L * i));
            String picture = fields.get("picture");
            articles.add(new ImportedArticle("demo:" + i, fields.getOrDefault("channel", "news"), title, paragraphs,
                    picture == null ? null : pictures.apply(picture), fields.get("source"), fields.get("author"),
                    flags.contains("置顶"), flags.contains("头条"), published));
        }
        return new Demo(articles, topics);
    }
}
