package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import city.civility.portal.testing.ArticleEditorPage;
import city.civility.portal.testing.Browser;
import city.civility.portal.testing.IndexFigures;
import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.SignInPage;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/**
 * Two instances of the portal on one PostgreSQL database, as a city runs them behind a
 * load balancer: what is published on one is public on the other within two seconds,
 * scheduled work runs once, and an instance killed while indexing catches up. Runs in the
 * PostgreSQL pass only (the pom leaves it out of the H2 pass): embedded H2 is the
 * one-machine database.
 */
class SeveralInstancesBrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final Duration WITHIN = Duration.ofSeconds(2);

    @RegisterExtension
    final Browser browser = new Browser();

    private final PortalServer a = PortalServer.get();
    private final PortalServer b = PortalServer.another();

    @AfterAll
    static void stopTheSecondInstance() {
        PortalServer.stopAnother();
    }

    @Test
    void publishedOnOneInstanceIsPublicOnTheOtherAndWithdrawnOnItGoneFromTheFirst() throws Exception {
        String word = "双机同步" + suffix();
        String title = word + "文明实践活动";
        long id = writtenAndSubmittedOn(a, title);
        approveOn(a, id, null);
        assertEquals("已发布", new ArticleEditorPage(browser).status());

        Visitor residentOfB = new Visitor(b);
        Instant approved = Instant.now();
        awaitWithin(() -> residentOfB.get("/news/" + id).body().contains(title)
                && residentOfB.get("/").body().contains(title)
                && searchTotal(residentOfB, word) == 1, "the article page, the home page and search on the other instance");
        System.out.println("Published on one instance, public on the other after " + Duration.between(approved, Instant.now()).toMillis() + " ms");

        browser.use(b);
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(StaffAccounts.create("reviewer", "REVIEWER"), StaffAccounts.PASSWORD);
        ArticleEditorPage page = new ArticleEditorPage(browser);
        page.open(id).withdraw("双机测试撤稿");
        assertEquals("已撤下", page.status(), page.messages());

        Visitor residentOfA = new Visitor(a);
        Instant withdrawn = Instant.now();
        awaitWithin(() -> residentOfA.get("/news/" + id).statusCode() == 410
                && searchTotal(residentOfA, word) == 0
                && !residentOfA.get("/").body().contains(title), "410, and gone from search and the home page, on the first instance");
        System.out.println("Withdrawn on one instance, gone from the other after " + Duration.between(withdrawn, Instant.now()).toMillis() + " ms");
    }

    @Test
    void aScheduledArticleIsPublishedOnceWhateverTheNumberOfInstances() throws Exception {
        // Both instances share one "now", as machines with synchronised clocks do.
        b.advanceClock(Duration.between(b.now(), a.now()));
        String title = "定时双机" + suffix() + "志愿服务周";
        long id = writtenAndSubmittedOn(a, title);
        Instant now = a.now();
        Instant publishAt = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        approveOn(a, id, PICKER.format(publishAt));
        assertEquals("定时发布", new ArticleEditorPage(browser).status());

        Duration ahead = Duration.between(now, publishAt).plusSeconds(1);
        a.advanceClock(ahead);
        b.advanceClock(ahead);
        Visitor residentOfA = new Visitor(a);
        Visitor residentOfB = new Visitor(b);
        await(() -> residentOfA.get("/news/" + id).statusCode() == 200 && residentOfB.get("/news/" + id).statusCode() == 200,
                Duration.ofSeconds(30), "published on both");
        // Let the job run again after the publication, on either instance: still one publication.
        Instant lastRun = lastRunOfScheduledPublishing();
        await(() -> lastRunOfScheduledPublishing().isAfter(lastRun), Duration.ofSeconds(30), "the publishing job ran again");
        assertEquals(1, auditEntries("article.published", id), "published exactly once");
    }

    @Test
    void anInstanceKilledWhileIndexingCatchesUpAfterItsRestart() throws Exception {
        IndexFigures.awaitMatchesDatabase(b);
        String word = "断电重启" + suffix();
        int count = 3_000;
        NewsFixtures.published(word + "社区服务", "volunteer", "<p>" + word + "：志愿者坚持服务社区。</p>", count);
        Visitor residentOfB = new Visitor(b);
        await(() -> searchTotal(residentOfB, word) > 0, Duration.ofSeconds(30), "indexing has begun on the second instance");
        long indexedBeforeTheKill = searchTotal(residentOfB, word);
        System.out.println("Killing the second instance with " + indexedBeforeTheKill + " of " + count + " articles indexed");

        b.crashAndRestart(() -> { });

        IndexFigures.awaitMatchesDatabase(b);
        assertEquals(count, searchTotal(residentOfB, word), "every article, after a kill at " + indexedBeforeTheKill + " of " + count);
        IndexFigures.awaitMatchesDatabase(a);
        assertEquals(count, searchTotal(new Visitor(a), word), "the other instance's index is whole too");
    }

    /** An article an editor writes and submits on this instance; returns its id. */
    private long writtenAndSubmittedOn(PortalServer instance, String title) {
        browser.use(instance);
        SignInPage signIn = new SignInPage(browser);
        signIn.open().signIn(StaffAccounts.create("editor", "EDITOR"), StaffAccounts.PASSWORD);
        ArticleEditorPage page = new ArticleEditorPage(browser);
        page.openNew().title(title).channel("志愿服务").body("志愿者走进社区，开展文明劝导。");
        page.save();
        long id = page.id();
        page.submit();
        signIn.signOut();
        return id;
    }

    private void approveOn(PortalServer instance, long id, String at) {
        browser.use(instance);
        new SignInPage(browser).open().signIn(StaffAccounts.create("reviewer", "REVIEWER"), StaffAccounts.PASSWORD);
        new ArticleEditorPage(browser).open(id).approve(at);
    }

    private Instant lastRunOfScheduledPublishing() {
        try (Connection c = a.database();
             ResultSet r = c.createStatement().executeQuery("SELECT last_run_at FROM scheduled_work WHERE name = 'news.publish-due'")) {
            r.next();
            return r.getObject(1, OffsetDateTime.class).toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long searchTotal(Visitor visitor, String q) {
        String json = visitor.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body();
        return Long.parseLong(json.replaceAll("(?s).*\"total\":([0-9]+).*", "$1"));
    }

    private long auditEntries(String action, long articleId) throws Exception {
        try (Connection c = a.database();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target_id = ?")) {
            s.setString(1, action);
            s.setString(2, Long.toString(articleId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void awaitWithin(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, WITHIN, what);
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what + " within " + timeout);
            Thread.sleep(50);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replaceAll("[0-9-]", "").substring(0, 5);
    }
}
