package city.civility.portal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the portal over plain HTTP, with its own cookies (session, language),
 * not following redirects so tests can see them.
 */
public final class Visitor {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** PrimeFaces' parameter with the page's nonce, which its script adds to every form it posts. */
    private static final String NONCE_PARAMETER = "primefaces.nonce";

    private final PortalServer server;
    private final CookieManager cookies = new CookieManager();
    private final Map<String, String> headers = new LinkedHashMap<>();
    /** The nonce of each page this visitor was shown, by the page's view state: posted back with its forms, as a browser does. */
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * HTTP/1.1, as browsers and nginx speak to the portal. Java's default first asks to
     * upgrade to cleartext HTTP/2 (h2c), which nothing else does and in which Grizzly now
     * and then leaves a stream unanswered.
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Visitor() {
        this(PortalServer.get());
    }

    /** A visitor of this instance of the portal (tests with several). */
    public Visitor(PortalServer server) {
        this.server = server;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build());
    }

    /** A GET that presents this session id, as someone who copied the cookie would. */
    public HttpResponse<String> getWithSession(String path, String sessionId) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", "JSESSIONID=" + sessionId).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        if (path.startsWith("/api/participation/contact-codes") && form.containsKey("contact")) {
            PrivateValues.contact(form.get("contact"));
        }
        return send(formPost(path, form));
    }

    /** A form's POST whose answer is a file (a download). */
    public HttpResponse<byte[]> postForBytes(String path, Map<String, String> form) {
        return send(formPost(path, form), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest formPost(String path, Map<String, String> given) {
        Map<String, String> form = new LinkedHashMap<>(given);
        String nonce = nonces.get(form.getOrDefault("jakarta.faces.ViewState", ""));
        if (nonce != null) {
            form.putIfAbsent(NONCE_PARAMETER, nonce);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Posts a form with files, as a browser sends a form with {@code enctype="multipart/form-data"}. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, List<Path>> files) {
        String boundary = "----portal-test-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, List<Path>> input : files.entrySet()) {
                for (Path file : input.getValue()) {
                    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + input.getKey() + "\"; filename=\""
                            + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    body.write(Files.readAllBytes(file));
                    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
                }
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Posts a file as the whole body (no form), with these headers, as a page's script sends an upload. */
    public HttpResponse<String> postFile(String path, HttpRequest.BodyPublisher body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).POST(body);
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * Gets {@code path} until its answer meets {@code condition}, at most for {@code limit}, and
     * returns the last answer: for what the portal does in the background (the search index,
     * another instance's change reaching the page cache). The caller asserts on the answer.
     */
    public HttpResponse<String> await(String path, Predicate<HttpResponse<String>> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> answer = get(path);
        while (!condition.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = get(path);
        }
        return answer;
    }

    /** The bytes at this address, for checking what was served. */
    public byte[] getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
        headers.forEach(request::setHeader);
        try {
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the script of a public form does before it sends: fetches a token for the form
     * and answers its challenge. Returns the fields {@code token} and {@code answer}.
     */
    public Map<String, String> formPass(String form) {
        HttpResponse<String> issued = get("/api/participation/form?name=" + form);
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(issued.body());
        Matcher bits = Pattern.compile("\"bits\":([0-9]+)").matcher(issued.body());
        if (issued.statusCode() != 200 || !token.find() || !bits.find()) {
            throw new IllegalStateException("no form token: " + issued.statusCode() + " " + issued.body());
        }
        return new LinkedHashMap<>(Map.of("token", token.group(1), "answer", Challenge.solve(token.group(1), Integer.parseInt(bits.group(1)))));
    }

    /** Submits the sign-in form; returns the response to the POST (a redirect when it worked). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        form.put("signIn:username", username);
        form.put("signIn:password", password);
        form.put("signIn:submit", "submit");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("signInToken", signInToken(page.body()));
        return post("/login.xhtml", form);
    }

    /** The sign-in form's token against cross-site posts (it is also in this visitor's cookie). */
    public static String signInToken(String html) {
        Matcher m = Pattern.compile("name=\"signInToken\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no sign-in token on the page:\n" + html);
        }
        return m.group(1);
    }

    public void chooseLanguage(String tag) {
        get("/language?to=" + tag + "&next=/");
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form view state on the page:\n" + html);
        }
        return m.group(1);
    }

    /**
     * From now on, sends this header with every request: {@code X-Forwarded-For} makes the
     * visitor one behind the trusted proxy the test server names (127.0.0.1), at that address.
     */
    public Visitor sending(String header, String value) {
        headers.put(header, value);
        return this;
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if ("GET".equals(request.method())) {
            URI uri = request.uri();
            PrivateValues.check(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), response.body());
        }
        Matcher state = VIEW_STATE.matcher(response.body());
        Matcher nonce = CSP_NONCE.matcher(response.body());
        if (state.find() && nonce.find()) {
            nonces.put(state.group(1), nonce.group(1));
        }
        return response;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder withHeaders = HttpRequest.newBuilder(request, (name, value) -> true);
        headers.forEach(withHeaders::setHeader);
        try {
            return client.send(withHeaders.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
