package city.civility.portal.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built WAR on Payara Micro, started once per test run (per JVM) on a free port,
 * on the database the run is for (system property {@code portal.test.database}: h2 or
 * postgresql). Every integration and browser test shares it; each makes its own data.
 */
public final class PortalServer {

    public static final boolean IN_CI = "true".equalsIgnoreCase(System.getenv("CI"));
    /**
     * The tag of an integration test whose outcome cannot depend on the database (the index's own
     * files, the browser's side of a page): CI runs it once, on PostgreSQL (pom.xml, profile ci).
     */
    public static final String ANY_DATABASE = "any-database";
    /** The administrator password the test server is started with. */
    public static final String ADMIN_PASSWORD = "Wenming-test-password-1";
    /** A trusted integration's Open311 API key, given to the test server by configuration (PORTAL_OPEN311_API_KEYS). */
    public static final String OPEN311_KEY = "test-open311-key-0123456789";
    /** The secret the test server hashes resident ID numbers with (PORTAL_VOTING_ID_SECRET). */
    public static final String VOTING_ID_SECRET = "test-secret-for-resident-id-numbers-0123456789";

    private static PortalServer instance;
    private static PortalServer another;
    /** A start that failed fails every later test at once, instead of starting yet another server. */
    private static RuntimeException startFailure;

    private final String baseUrl;
    private final TestDatabase database;
    private final TcpProxy proxy;
    private final ProcessBuilder builder;
    private final Path work;
    private final Path log;
    /** Whether stopping this server ends the test database too (the first instance owns it). */
    private final boolean ownsDatabase;
    private Process process;
    /** Signed in as the first administrator, who alone may move the clock. */
    private Visitor clockKeeper;

    /** The portal's clock against this machine's, as last seen by {@link #advanceClock}. */
    private volatile Duration clockOffset = Duration.ZERO;
    /** Where the current start's lines begin in the log, which every start appends to. */
    private long logStart;
    private boolean stopped;

    private PortalServer(String baseUrl, TestDatabase database, TcpProxy proxy, ProcessBuilder builder, Path work, Path log,
                         boolean ownsDatabase) throws IOException {
        this.baseUrl = baseUrl;
        this.database = database;
        this.proxy = proxy;
        this.builder = builder;
        this.work = work;
        this.log = log;
        this.ownsDatabase = ownsDatabase;
        this.logStart = Files.exists(log) ? Files.size(log) : 0;
        this.process = builder.start();
    }

    public static synchronized PortalServer get() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException | SQLException e) {
                startFailure = new IllegalStateException("Could not start the portal for the tests", e);
                throw startFailure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (IllegalStateException e) {
                startFailure = e;
                throw e;
            }
        }
        return instance;
    }

    /**
     * A second instance of the portal on the first one's database, as a city runs several
     * behind a load balancer: its own port, server and index directories, the same media
     * folder. Started on first use; stopped with the test run.
     */
    public static synchronized PortalServer another() {
        PortalServer first = get();
        if (another == null) {
            try {
                another = launch(first.work.resolveSibling(first.work.getFileName() + "-another"), first.database,
                        first.work.resolve("media"), false);
            } catch (IOException e) {
                throw new IllegalStateException("Could not start a second portal instance", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return another;
    }

    private static PortalServer start() throws IOException, SQLException, InterruptedException {
        String kind = System.getProperty("portal.test.database", "h2");
        Path buildDir = Path.of(System.getProperty("portal.buildDir", "target"));
        Path work = buildDir.resolve("it-" + kind);
        deleteRecursively(work);
        Files.createDirectories(work);
        TestDatabase database = "postgresql".equals(kind) ? TestDatabase.postgresql() : TestDatabase.h2(work.resolve("h2"));
        return launch(work, database, work.resolve("media"), true);
    }

    private static PortalServer launch(Path work, TestDatabase database, Path media, boolean ownsDatabase)
            throws IOException, InterruptedException {
        deleteRecursively(work);
        Files.createDirectories(work);
        TcpProxy proxy = new TcpProxy(database.port());
        int port = freePort();
        Path log = work.resolve("payara.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar", Path.of(System.getProperty("portal.payaraJar", "target/payara-micro.jar")).toAbsolutePath().toString(),
                // Never cluster, never call home: both would send traffic off this machine.
                "--nohazelcast", "--disablephonehome",
                "--port", String.valueOf(port),
                "--contextroot", "/",
                "--rootdir", work.resolve("payara-root").toAbsolutePath().toString(),
                "--prebootcommandfile", Path.of(System.getProperty("portal.preBootCommands", "src/main/payara/pre-boot-commands.asadmin")).toAbsolutePath().toString(),
                "--logproperties", Path.of(System.getProperty("portal.logProperties", "src/main/payara/logging.properties")).toAbsolutePath().toString(),
                "--deploy", Path.of(System.getProperty("portal.war", "target/portal.war")).toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("PORTAL_DB_URL", database.urlThrough(proxy.port()));
        env.put("PORTAL_DB_USER", database.user);
        env.put("PORTAL_DB_PASSWORD", database.password);
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORTAL_TEST_CLOCK_CONTROL", "true");
        env.put("PORTAL_TRUSTED_PROXIES", "127.0.0.1"); // tests play visitors at many addresses (Visitor.sending)
        // Mail goes to the tests' own SMTP server, where they read the codes residents receive.
        env.put("PORTAL_MAIL_HOST", "127.0.0.1");
        env.put("PORTAL_MAIL_PORT", String.valueOf(TestMailbox.port()));
        env.put("PORTAL_MAIL_STARTTLS", "false");
        env.put("PORTAL_MAIL_FROM", "wmb@jiangchuan.example");
        // The case form's map takes its tiles from the tests' own tile server.
        env.put("PORTAL_MAP_TILES", TestTiles.template());
        // Candidates may be liked on any day of their month, so tests do not depend on the date they run.
        env.put("PORTAL_GOODPEOPLE_LIKES_FROM", "1");
        env.put("PORTAL_GOODPEOPLE_LIKES_UNTIL", "31");
        // Campaigns that check resident ID numbers hash them under this secret, kept outside the database.
        env.put("PORTAL_VOTING_ID_SECRET", VOTING_ID_SECRET);
        env.put("PORTAL_OPEN311_API_KEYS", OPEN311_KEY);
        // Two searches run and two wait, on any machine: SearchUnderLoadIT's burst finds the queue full,
        // and no other test sends more than one search at a time.
        env.put("PORTAL_SEARCH_CONCURRENT", "2");
        env.put("PORTAL_SEARCH_QUEUE", "2");
        env.put("PORTAL_INDEX_DIR", work.resolve("search-index").toAbsolutePath().toString()); // see indexDirectory()
        env.put("PORTAL_MEDIA_DIR", media.toAbsolutePath().toString()); // one folder for every instance
        // The test articles are imported at start-up, as an office would bring in its old site.
        env.put("PORTAL_IMPORT_DIR", TestArticles.folder().toAbsolutePath().toString());
        // Sitemap files of 200 addresses, so a few hundred articles split the sitemap (FeedsAndSitemapIT).
        env.put("PORTAL_SITEMAP_URLS_PER_FILE", String.valueOf(Sitemaps.URLS_PER_FILE));
        PortalServer server = new PortalServer("http://127.0.0.1:" + port, database, proxy, builder, work, log, ownsDatabase);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "portal-test-server-stop"));
        try {
            server.awaitReady(Duration.ofMinutes(3));
        } catch (IllegalStateException e) {
            server.stop();
            throw e;
        }
        System.out.println("Portal under test on " + database.kind + " at " + server.baseUrl + " (log: " + log + ")");
        return server;
    }

    /** Stops the second instance once its tests are done; the first runs on for the others. */
    public static synchronized void stopAnother() {
        if (another != null) {
            another.stop();
            another = null;
        }
    }

    /** Waits until the application itself answers (a failed deployment leaves Payara answering 404). */
    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                HttpResponse<Void> home = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200 && home.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            // Asked only of a portal that does not answer: on a busy machine Payara may log the
            // listener message below even though it then serves the port.
            byte[] all = Files.readAllBytes(log);
            String output = new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
            if (output.contains("Exception while loading the app") || output.contains("GrizzlyProxy is NULL")) {
                throw new IllegalStateException("The portal failed to deploy or to open its port:\n" + logTail());
            }
            Thread.sleep(250); // polling a process we do not control; not test synchronisation
        }
        throw new IllegalStateException("The portal did not become ready in " + timeout + ":\n" + logTail());
    }

    /** Something done to the portal's files or database while it is down. */
    public interface WhileDown {
        void run() throws Exception;
    }

    /**
     * Kills the portal without warning (SIGKILL: nothing is flushed, no shutdown hook runs),
     * runs {@code whileDown}, and starts it again on the same port, database and directories.
     */
    public synchronized void crashAndRestart(WhileDown whileDown) throws Exception {
        process.destroyForcibly();
        process.waitFor();
        // The new process's clock starts where the tests had moved it: for the portal, time never runs backwards
        // (a candidate public by the moved clock stays in the index through a rebuild at start).
        builder.environment().put("PORTAL_TEST_CLOCK_START", clockOffset.toString());
        whileDown.run();
        // A fresh server runtime, as on a new machine: a reused one would deploy the WAR a second time.
        deleteRecursively(work.resolve("payara-root"));
        logStart = Files.size(log);
        process = builder.start();
        awaitReady(Duration.ofMinutes(3));
    }

    /** The objects of each class the portal's heap holds after a full collection, by class name (jcmd GC.class_histogram). */
    public Map<String, Long> heapHistogram() throws IOException, InterruptedException {
        String out = jcmd("GC.class_histogram");
        Map<String, Long> instances = new java.util.HashMap<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\s*[0-9]+:\\s+([0-9]+)\\s+[0-9]+\\s+(\\S+)").matcher(out);
        while (row.find()) {
            instances.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        if (instances.isEmpty()) {
            throw new IllegalStateException("no histogram in: " + out);
        }
        return instances;
    }

    /** The bytes the portal's heap holds after a full collection: what it keeps, without the garbage it has not collected yet. */
    public long liveHeapBytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("total [0-9]+K, used ([0-9]+)K").matcher(jcmd("GC.heap_info"));
        long kilobytes = 0;
        while (used.find()) {
            kilobytes += Long.parseLong(used.group(1));
        }
        return kilobytes * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) || run.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        return out;
    }

    /** The media library's folder (PORTAL_MEDIA_DIR). */
    public Path mediaDirectory() {
        return Path.of(builder.environment().get("PORTAL_MEDIA_DIR"));
    }

    /** The portal's search index directory (PORTAL_INDEX_DIR). */
    public Path indexDirectory() {
        return work.resolve("search-index");
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String databaseKind() {
        return database.kind;
    }

    /** A direct connection to the portal's database, for checking what was (not) stored. */
    public Connection database() throws SQLException {
        return database.connect();
    }

    /** Simulates a database outage until {@link #restoreDatabase()}. */
    public void cutDatabase() {
        proxy.cut();
    }

    public void restoreDatabase() {
        proxy.restore();
    }

    /** The portal's own "now", which tests may have moved ahead of the real time. */
    public Instant now() {
        return advanceClock(Duration.ZERO);
    }

    /**
     * The portal's "now" as this harness last saw its clock moved, without asking it: for
     * tests that need it thousands of times. Every move goes through {@link #advanceClock}.
     */
    public Instant clockNow() {
        return Instant.now().plus(clockOffset);
    }

    /**
     * Moves the portal's clock on to 09:00 in the office's time zone when it is night there, for
     * tests that are not about the night: the fraud rules treat night-time ballots apart
     * (PORTAL_VOTING_NIGHT, 00:30 to 06:00 by default), and a test may run at any hour.
     */
    public Instant daytime() {
        Instant now = now();
        java.time.ZonedDateTime local = now.atZone(java.time.ZoneId.of("Asia/Shanghai"));
        if (local.getHour() >= 7) {
            return now;
        }
        return advanceClock(Duration.between(now, local.toLocalDate().atTime(9, 0).atZone(local.getZone()).toInstant()));
    }

    /**
     * Moves the portal's clock forward (the server runs with clock control on); returns its new
     * "now". The clock answers only an administrator, so the harness signs in as the first one
     * (again after a restart, which forgets sessions).
     */
    public synchronized Instant advanceClock(Duration by) {
        HttpResponse<String> r = clockKeeper == null ? null : clockKeeper.post("/api/test/clock?advance=" + by, Map.of());
        if (r == null || r.statusCode() != 200) {
            clockKeeper = new Visitor(this);
            HttpResponse<String> signedIn = clockKeeper.signIn("admin", ADMIN_PASSWORD);
            if (signedIn.statusCode() != 302) {
                throw new IllegalStateException("The harness could not sign in as admin to move the clock: " + signedIn.statusCode());
            }
            r = clockKeeper.post("/api/test/clock?advance=" + by, Map.of());
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Moving the clock failed: " + r.statusCode() + " " + r.body());
        }
        Instant now = Instant.parse(r.body().strip());
        clockOffset = Duration.between(Instant.now(), now);
        return now;
    }

    /**
     * The last code the development SMS sender "sent" to {@code phone} (it writes messages to
     * the log), waiting up to ten seconds for it.
     */
    public String smsCodeSentTo(String phone) {
        PrivateValues.contact(phone);
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("event=development-sms to=" + phone + " text=.*?(?<![0-9])([0-9]{6})(?![0-9])");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (true) {
                byte[] all = Files.readAllBytes(log);
                java.util.regex.Matcher found = line.matcher(new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8));
                String code = null;
                while (found.find()) {
                    code = found.group(1);
                }
                if (code != null) {
                    return code;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no text message to " + phone + " in the log");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        process.destroy(); // SIGTERM: Payara shuts down gracefully
        try {
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            proxy.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // closing the proxy at exit
        }
        if (ownsDatabase) {
            database.close();
        }
    }

    /**
     * A free port below the ephemeral range (32768 and up on Linux), so that no outgoing
     * connection (the portal's own database connections start first) can take it
     * between this check and Payara binding it.
     */
    private static int freePort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket s = new ServerSocket(port)) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
