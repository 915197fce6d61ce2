package city.civility.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.NewsFixtures;
import city.civility.portal.testing.NewsFixtures.State;
import city.civility.portal.testing.PortalServer;
import city.civility.portal.testing.StaffAccounts;
import city.civility.portal.testing.Visitor;

/**
 * Browsers revalidate cheaply (304), a shared cache in front may keep public pages for a
 * second per language and encoding, and what is published shows at once all the same.
 */
class PublicCachingIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalServer.get().url(path)));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnchangedHomePageIsA304AndAPublicationChangesItAtOnce() throws Exception {
        HttpResponse<String> first = get("/", null);
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        // An earlier test's publication reaches the page within a second (the database's version is read once a
        // second) and may do so between the two requests: the page that then stays unchanged is answered 304.
        String[] etag = {etagOf(first)};
        HttpResponse<String> again = within2Seconds(() -> {
            HttpResponse<String> answer = get("/", etag[0]);
            if (answer.statusCode() == 200) {
                etag[0] = etagOf(answer);
            }
            return answer;
        }, r -> r.statusCode() == 304);
        assertTrue(again.body().isEmpty(), "nothing changed: not modified");

        // Written straight to the database, as another instance of a cluster would: seen within a second.
        String title = "刚刚发布 " + UUID.randomUUID().toString().substring(0, 6);
        NewsFixtures.article(title, "news", "<p>x</p>", State.PUBLISHED);
        HttpResponse<String> after = within2Seconds(() -> get("/", etag[0]), r -> r.statusCode() == 200);
        assertTrue(after.body().contains(title), "the new article is on the home page");
        assertNotEquals(etag[0], after.headers().firstValue("ETag").orElse(""));
    }

    @Test
    void aWithdrawnArticleLeavesTheCachedChannelPageAtOnce() throws Exception {
        String title = "将被撤下 " + UUID.randomUUID().toString().substring(0, 6);
        long id = NewsFixtures.article(title, "practice", "<p>x</p>", State.PUBLISHED);
        assertTrue(get("/channel/practice", null).body().contains(title));
        assertTrue(get("/channel/practice", null).body().contains(title), "served from the cache");

        NewsFixtures.withdraw(id);
        within2Seconds(() -> get("/channel/practice", null), r -> !r.body().contains(title));
        assertEquals(410, get("/news/" + id, null).statusCode());
    }

    @Test
    void underLoadAWithdrawnArticleIsNeverServedOnceItsWithdrawalIsASecondOld() throws Exception {
        long id = NewsFixtures.article("热门将撤 " + UUID.randomUUID().toString().substring(0, 6), "news", "<p>很多人在读。</p>", State.PUBLISHED);
        assertEquals(200, get("/news/" + id, null).statusCode());
        // 50 readers at once on the warm page, each noting when it asked and what it got.
        record Answer(long askedAt, int status) {
        }
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong committed = new AtomicLong(Long.MAX_VALUE - 1_000_000_000L);
        Semaphore answered = new Semaphore(0);
        Semaphore askedWellAfter = new Semaphore(0); // answers asked more than a second after the withdrawal's commit
        ExecutorService readers = Executors.newFixedThreadPool(50);
        for (int i = 0; i < 50; i++) {
            readers.submit(() -> {
                HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                while (reading.get()) {
                    long askedAt = System.nanoTime();
                    HttpResponse<Void> r = own.send(HttpRequest.newBuilder(URI.create(PortalServer.get().url("/news/" + id))).build(),
                            HttpResponse.BodyHandlers.discarding());
                    answers.add(new Answer(askedAt, r.statusCode()));
                    answered.release();
                    if (askedAt > committed.get() + 1_000_000_000L) {
                        askedWellAfter.release();
                    }
                }
                return null;
            });
        }
        assertTrue(answered.tryAcquire(200, 60, TimeUnit.SECONDS), "the readers read the warm page from the cache");
        NewsFixtures.withdraw(id); // as another instance would: committed to the database, seen by polling
        committed.set(System.nanoTime());
        assertTrue(askedWellAfter.tryAcquire(200, 60, TimeUnit.SECONDS), "the readers went on reading after the withdrawal");
        reading.set(false);
        readers.shutdown();
        assertTrue(readers.awaitTermination(30, TimeUnit.SECONDS));

        long late = answers.stream().filter(a -> a.askedAt() > committed.get() + 1_000_000_000L && a.status() == 200).count();
        long after = answers.stream().filter(a -> a.askedAt() > committed.get() + 1_000_000_000L).count();
        assertTrue(after > 50, "the readers went on reading: " + after);
        assertEquals(0, late, "answers with the article, asked more than a second after its withdrawal, of " + after);
        assertTrue(answers.stream().filter(a -> a.askedAt() > committed.get() + 1_000_000_000L).allMatch(a -> a.status() == 410),
                "and every one of them was told it was withdrawn");
    }

    private static String etagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    /** Asks again until the answer is as expected, for at most two seconds. */
    private static HttpResponse<String> within2Seconds(Request request, java.util.function.Predicate<HttpResponse<String>> expected)
            throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        HttpResponse<String> response = request.send();
        while (!expected.test(response) && System.nanoTime() < deadline) {
            response = request.send();
        }
        assertTrue(expected.test(response), "not as expected within 2 s: " + response.statusCode());
        return response;
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private interface Checks {
        void run() throws Exception;
    }

    /** A GET with these request headers (name, value, name, value...), the body as bytes. */
    private HttpResponse<byte[]> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalServer.get().url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /**
     * Runs checks that compare answers of one public version again should the version change
     * meanwhile: an article another test wrote to the database shows within a second, as one
     * from another instance would. A failure while the version stayed the same is a failure.
     */
    private void withinOneVersion(Checks checks) throws Exception {
        for (int attempt = 1; ; attempt++) {
            String version = header(fetch("/"), "ETag");
            try {
                checks.run();
                return;
            } catch (AssertionError e) {
                if (attempt == 5 || header(fetch("/"), "ETag").equals(version)) {
                    throw e;
                }
            }
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anonymousPublicPagesMayBeKeptByASharedCacheForASecond() throws Exception {
        long id = NewsFixtures.article("共享缓存 " + UUID.randomUUID().toString().substring(0, 6), "news", "<p>x</p>", State.PUBLISHED);
        for (String path : new String[] {"/", "/news/" + id, "/channel/news", "/topics", "/feed.xml", "/api/articles/" + id}) {
            HttpResponse<byte[]> page = fetch(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("public, max-age=0, s-maxage=1", header(page, "Cache-Control"), path);
            assertEquals("Accept-Encoding", header(page, "Vary"), path + ": one Vary, never Cookie");
            assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), path);
        }
    }

    @Test
    void staffPagesAndAnswersThatSetCookiesAreKeptByNoCache() {
        Visitor staff = new Visitor();
        HttpResponse<String> signInPage = staff.get("/login.xhtml");
        assertEquals("private, no-store", header(signInPage, "Cache-Control"), "the sign-in page");
        HttpResponse<String> signedIn = staff.signIn(StaffAccounts.create("cache", "EDITOR"), StaffAccounts.PASSWORD);
        assertTrue(signedIn.headers().firstValue("Set-Cookie").isPresent(), "a new session at sign-in");
        assertEquals("private, no-store", header(signedIn, "Cache-Control"), "the sign-in answer with the session cookie");
        assertEquals("private, no-store", header(staff.get("/admin/articles.xhtml"), "Cache-Control"));

        HttpResponse<String> languageSwitch = new Visitor().get("/language?to=en&next=/");
        assertTrue(languageSwitch.headers().firstValue("Set-Cookie").isPresent());
        assertEquals("private, no-store", header(languageSwitch, "Cache-Control"), "the language switch sets a cookie");
    }

    @Test
    void aGzippedPageIsTheSamePageWithItsOwnTagAndBothRevalidate() throws Exception {
        long id = NewsFixtures.article("压缩 " + UUID.randomUUID().toString().substring(0, 6), "news", "<p>正文</p>", State.PUBLISHED);
        String path = "/news/" + id;
        withinOneVersion(() -> {
            HttpResponse<byte[]> plain = fetch(path);
            HttpResponse<byte[]> zipped = fetch(path, "Accept-Encoding", "gzip, deflate, br");
            assertEquals("", header(plain, "Content-Encoding"));
            assertEquals("gzip", header(zipped, "Content-Encoding"));
            assertTrue(zipped.body().length < plain.body().length / 2, "compressed: " + zipped.body().length + " of " + plain.body().length);
            assertEquals(new String(plain.body(), StandardCharsets.UTF_8), gunzip(zipped.body()));
            assertNotEquals(header(plain, "ETag"), header(zipped, "ETag"), "two encodings, two tags");

            assertEquals(304, fetch(path, "If-None-Match", header(plain, "ETag")).statusCode());
            HttpResponse<byte[]> zippedAgain = fetch(path, "Accept-Encoding", "gzip", "If-None-Match", header(zipped, "ETag"));
            assertEquals(304, zippedAgain.statusCode());
            assertEquals(header(zipped, "ETag"), header(zippedAgain, "ETag"));
            assertEquals(200, fetch(path, "If-None-Match", header(zipped, "ETag")).statusCode(), "a gzip tag is not the plain copy's");
        });
        assertEquals("", header(fetch(path, "Accept-Encoding", "gzip;q=0, identity"), "Content-Encoding"), "gzip refused");
    }

    @Test
    void languagesAreNeverMixed() throws Exception {
        String[][] languages = {{"zh-CN", "lang=\"zh-CN\""}, {"zh-TW", "lang=\"zh-TW\""}, {"en", "lang=\"en\""}};
        withinOneVersion(() -> {
            for (int round = 0; round < 2; round++) { // the second round is answered from the page cache
                Set<String> tags = new HashSet<>();
                for (String[] language : languages) {
                    for (String encoding : new String[] {"identity", "gzip"}) {
                        HttpResponse<byte[]> page = fetch("/", "Cookie", "portal_lang=" + language[0], "Accept-Encoding", encoding);
                        String html = encoding.equals("gzip") ? gunzip(page.body()) : new String(page.body(), StandardCharsets.UTF_8);
                        assertTrue(html.contains(language[1]), language[0] + " " + encoding);
                        assertEquals(language[0], header(page, "Content-Language"));
                        tags.add(header(page, "ETag"));
                    }
                }
                assertEquals(6, tags.size(), "a tag per language and encoding: " + tags);
            }
            HttpResponse<byte[]> chinese = fetch("/");
            assertEquals(200, fetch("/", "Cookie", "portal_lang=en", "If-None-Match", header(chinese, "ETag")).statusCode(),
                    "a Chinese copy is not current for an English reader");
        });
    }

    @Test
    void otherCookiesChangeNothing() throws Exception {
        withinOneVersion(() -> {
            HttpResponse<byte[]> english = fetch("/", "Cookie", "portal_lang=en");
            HttpResponse<byte[]> withOthers = fetch("/", "Cookie", "_ga=GA1.2.3; portal_lang=en; theme=dark");
            assertEquals(header(english, "ETag"), header(withOthers, "ETag"));
            assertEquals(new String(english.body(), StandardCharsets.UTF_8), new String(withOthers.body(), StandardCharsets.UTF_8));
            assertEquals(304, fetch("/", "Cookie", "visited=yes; portal_lang=en", "If-None-Match", header(english, "ETag")).statusCode());
            assertEquals(header(fetch("/"), "ETag"), header(fetch("/", "Cookie", "_ga=GA1.2.3"), "ETag"), "no language cookie: Simplified");
        });
    }

    private String text(String path) throws Exception {
        HttpResponse<byte[]> page = fetch(path);
        assertEquals(200, page.statusCode(), path);
        return new String(page.body(), StandardCharsets.UTF_8);
    }

    /**
     * A query parameter a page does not read makes no new copy: thousands of addresses that differ
     * only by one (as a flood, or every share's tracking code, would send) are answered with the
     * very bytes of the page, and the parameter is nowhere in them.
     */
    @Test
    void parametersAPageDoesNotReadAreTheSamePage() throws Exception {
        withinOneVersion(() -> {
            String home = text("/");
            for (int i = 1; i <= 3_000; i++) {
                String junk = text("/?x=" + i);
                assertFalse(junk.contains("x%3D" + i), "the page shows a parameter it does not read: /?x=" + i);
                assertTrue(junk.equals(home), "/?x=" + i + " is another page");
            }
            assertEquals(text("/index.xhtml"), text("/index.xhtml?utm_source=wechat&from=timeline"), "the home page by its file name too");
        });
    }

    /** A parameter a page reads is its own page: a channel's page 2, an API page, whatever else comes with it and in whatever order. */
    @Test
    void parametersAPageReadsAreEachTheirOwnPage() throws Exception {
        NewsFixtures.published("翻页 " + UUID.randomUUID().toString().substring(0, 6), "practice", "<p>x</p>", 25);
        withinOneVersion(() -> {
            String first = text("/channel/practice");
            String second = text("/channel/practice?page=2");
            assertNotEquals(first, second, "page 2 is not page 1");
            for (int i = 1; i <= 200; i++) {
                assertEquals(second, text("/channel/practice?x=" + i + "&page=2"), "page 2 with x=" + i);
                assertEquals(first, text("/channel/practice?x=" + i), "page 1 with x=" + i);
            }
            String apiPage2 = text("/api/articles?page=2&size=5");
            assertNotEquals(text("/api/articles?page=1&size=5"), apiPage2);
            assertEquals(apiPage2, text("/api/articles?size=5&utm_medium=x&page=2"), "the same parameters in another order, and one more");
        });
    }
}
