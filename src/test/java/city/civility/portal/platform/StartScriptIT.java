package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start script, as an operator uses it (mvn -Prun, production, the benchmarks): it
 * makes the class-data archive once, the JVM starts on it, the portal is deployed once
 * per start however often it is restarted, and one runtime folder serves one instance.
 * Runs on its own embedded database, so only in the H2 pass. The script always starts
 * Payara Micro with --nohazelcast --disablephonehome: nothing leaves the machine.
 */
class StartScriptIT {

    private static final Path SCRIPT = Path.of("src/main/payara/start-portal.sh").toAbsolutePath();
    private static final Path WAR = Path.of(System.getProperty("portal.war", "target/portal.war")).toAbsolutePath();
    private static final Path PAYARA = Path.of(System.getProperty("portal.payaraJar", "target/payara-micro.jar")).toAbsolutePath();

    @TempDir
    Path work;

    private Process running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            running.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Too short for the password policy. */
    private static final String WEAK_PASSWORD = "wmb-123";

    private ProcessBuilder script(Path log, int port, String... arguments) throws IOException {
        Files.createDirectories(work.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString());
        builder.command().addAll(List.of(arguments));
        builder.command().add(work.resolve("portal.war").toString());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PORTAL_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PAYARA_JAR", PAYARA.toString());
        env.put("PORTAL_RUNTIME_DIR", work.resolve("runtime").toString());
        env.put("PORTAL_PORT", String.valueOf(port));
        env.put("PORTAL_ADMIN_USERNAME", "wenmingban");
        env.put("PORTAL_ADMIN_PASSWORD", WEAK_PASSWORD);
        env.put("PORTAL_TLS", "true"); // as behind the TLS proxy of src/main/deploy/nginx.conf
        // Strict: the JVM refuses to start if it cannot use the archive, rather than start slowly.
        env.put("PORTAL_JAVA_OPTS", "-Xshare:on");
        return builder.directory(work.resolve("home").toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    @Test
    void theArchiveIsMadeOnceAndEveryStartDeploysThePortalOnce() throws Exception {
        Files.copy(WAR, work.resolve("portal.war"));
        int port = freePort();
        Path prepared = work.resolve("prepare.log");
        Process prepare = script(prepared, port, "--prepare").start();
        assertTrue(prepare.waitFor(5, TimeUnit.MINUTES), "the trial start ends");
        assertEquals(0, prepare.exitValue(), Files.readString(prepared));
        assertTrue(Files.size(work.resolve("runtime/portal.jsa")) > 10_000_000, "a class-data archive was made");

        for (int start = 1; start <= 2; start++) { // the second start finds the first one's deployment in Payara's folder
            Path log = work.resolve("start-" + start + ".log");
            running = script(log, port).start();
            awaitReady(port, log);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(output.contains("trial start"), "the archive is kept: " + output.lines().limit(3).toList());
            assertEquals(1, count(output, "event=schema-migrated"), "start " + start + " starts the portal once");
            HttpResponse<String> home = get(port, "/");
            assertEquals(200, home.statusCode());
            if (start == 1) {
                // Behind TLS: browsers are told to keep to https, and no cookie of the portal's ever travels over plain http.
                assertEquals("max-age=31536000", home.headers().firstValue("Strict-Transport-Security").orElse(null));
                List<String> cookies = get(port, "/login.xhtml").headers().allValues("Set-Cookie");
                assertTrue(!cookies.isEmpty() && cookies.stream().allMatch(c -> c.contains("; Secure") || c.contains(";Secure")), cookies.toString());
                List<String> session = get(port, "/admin/index.xhtml").headers().allValues("Set-Cookie");
                List<String> sessionCookies = session.stream().filter(c -> c.startsWith("JSESSIONID")).toList();
                assertTrue(!sessionCookies.isEmpty() && sessionCookies.stream().allMatch(c -> c.toLowerCase().contains("secure")),
                        "the session the sign-in keeps the asked-for page in: " + session);
            }
            if (start == 1) {
                // The first start made the office's administrator under the name it chose, and would not take a weak password for it.
                assertTrue(output.contains("event=admin-password-refused reason=password.tooShort"), output);
                assertTrue(output.contains("User name: wenmingban"), output);
                assertFalse(output.contains("Password:  " + WEAK_PASSWORD), "a generated password is printed instead");
                Path refused = work.resolve("refused.log");
                Process second = script(refused, freePort()).start();
                assertTrue(second.waitFor(30, TimeUnit.SECONDS));
                assertNotEquals(0, second.exitValue());
                assertTrue(Files.readString(refused).contains("another instance runs from"), Files.readString(refused));
            }
            running.destroy();
            assertTrue(running.waitFor(60, TimeUnit.SECONDS), "a graceful stop");
            // A rebuild of unchanged sources: a new file time, the same bytes; the archive stays.
            Files.setLastModifiedTime(work.resolve("portal.war"), FileTime.from(Instant.now().plusSeconds(start)));
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private void awaitReady(int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!running.isAlive()) {
                throw new AssertionError("the portal exited with " + running.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (get(port, "/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250); // polling a process the test does not control
        }
        throw new AssertionError("not ready in 3 minutes:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
