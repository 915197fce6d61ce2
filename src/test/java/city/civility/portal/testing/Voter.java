package city.civility.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A voter sending ballots as the ballot page's form does (a plain POST with its choices, the
 * phone's proof and the form's token), from an address of its own ({@code X-Forwarded-For},
 * which the test portal believes from 127.0.0.1) and a visitor cookie of its own.
 * <p>
 * For tests with thousands of voters, {@link #minted} voters carry proofs and tokens made with
 * the portal's own keys (read from its database) rather than fetched: the same bytes the
 * portal would give, without a text message and a proof of work for each. The page's answer
 * is what the tests judge. {@link #verified} voters go through the real code by text message.
 */
public final class Voter {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern RECEIPT = Pattern.compile("/ballots/([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\\?cast$");

    private final PortalServer server;
    private final String address;
    private final String visitor;
    private final String phone;
    private String proof;
    private String language = "zh-CN";

    private Voter(PortalServer server, String address, String visitor, String phone, String proof) {
        this.server = server;
        this.address = address;
        this.visitor = visitor;
        this.phone = phone;
        this.proof = proof;
    }

    /** A voter whose phone has the portal's proof, made with the portal's key. */
    public static Voter minted(String address, String phone) {
        PrivateValues.contact(phone);
        PortalServer server = PortalServer.get();
        String payload = base64(("PHONE|" + phone + "|" + portalNow().getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return new Voter(server, address, newVisitor(), phone, payload + "." + sign("contact-proof", payload));
    }

    /** A voter who verified their phone as a resident does: asked for a code, read it from the (development) text message, typed it. */
    public static Voter verified(String address, String phone) {
        Visitor resident = new Visitor().sending("X-Forwarded-For", address);
        Map<String, String> ask = resident.formPass("contact-code");
        ask.put("contact", phone);
        HttpResponse<String> sent = resident.post("/api/participation/contact-codes", ask);
        if (sent.statusCode() != 200) {
            throw new IllegalStateException("no code sent: " + sent.statusCode() + " " + sent.body());
        }
        String code = PortalServer.get().smsCodeSentTo(phone);
        HttpResponse<String> verified = resident.post("/api/participation/contact-codes/verify", Map.of("contact", phone, "code", code));
        Matcher proof = Pattern.compile("\"proof\":\"([^\"]+)\"").matcher(verified.body());
        if (!proof.find()) {
            throw new IllegalStateException("not verified: " + verified.body());
        }
        return new Voter(PortalServer.get(), address, newVisitor(), phone, proof.group(1));
    }

    /** The same person's phone proof used from another device (a new visitor cookie). */
    public Voter onAnotherDevice() {
        return new Voter(server, address, newVisitor(), phone, proof);
    }

    /** Another phone's proof, the same device and address. */
    public Voter withPhone(String otherPhone) {
        Voter other = minted(address, otherPhone);
        return new Voter(server, address, visitor, otherPhone, other.proof);
    }

    public Voter inLanguage(String tag) {
        this.language = tag;
        return this;
    }

    public Voter withoutProof() {
        this.proof = "";
        return this;
    }

    /**
     * Casts a ballot in campaign {@code slug} with these candidates' ids, as if the page had
     * been open for {@code pageOpenFor} (the token's age); {@code idNumber} may be null.
     */
    public HttpResponse<String> cast(String slug, Collection<?> picks, String idNumber, Duration pageOpenFor) {
        List<String> fields = new ArrayList<>();
        picks.forEach(p -> fields.add("pick=" + p));
        fields.add("contactProof=" + encode(proof));
        if (idNumber != null) {
            PrivateValues.contact(idNumber);
            fields.add("idNumber=" + encode(idNumber));
        }
        fields.add("token=" + encode(token("ballot", portalNow().minus(pageOpenFor))));
        fields.add("answer=0");
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/campaigns/" + slug + "/vote")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .header("Cookie", "portal_visitor=" + visitor + "; portal_lang=" + language).header("Accept-Language", language)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The portal's now, without a request for each of thousands of voters. */
    private static Instant portalNow() {
        return PortalServer.get().clockNow();
    }

    /** A ballot cast with the page open for a minute, as a person takes. */
    public HttpResponse<String> cast(String slug, Collection<?> picks) {
        return cast(slug, picks, null, Duration.ofMinutes(1));
    }

    /** The receipt's ballot number of an accepted ballot (a 303 to its receipt), or null. */
    public static String receiptOf(HttpResponse<String> answer) {
        if (answer.statusCode() != 303) {
            return null;
        }
        Matcher number = RECEIPT.matcher(answer.headers().firstValue("Location").orElse(""));
        return number.find() ? number.group(1) : null;
    }

    /** The refusal the ballot page shows, as text. */
    public static String refusalOf(HttpResponse<String> answer) {
        Matcher alert = Pattern.compile("id=\"ballot-refusal\"[^>]*>\\s*<p>([^<]*)</p>").matcher(answer.body());
        return alert.find() ? alert.group(1).strip() : "(no refusal on the page: " + answer.statusCode() + ")";
    }

    /** A token for {@code form}, issued at {@code issued}, without a challenge: what the portal issues with PORTAL_CHALLENGE_BITS=0. */
    private String token(String form, Instant issued) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = base64((form + "|" + visitor + "|" + issued.getEpochSecond() + "|0|" + base64(nonce)).getBytes(StandardCharsets.UTF_8));
        return payload + "." + sign("form-token", payload);
    }

    private static String sign(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEYS.computeIfAbsent(key, Voter::readKey), "HmacSHA256"));
            return base64(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readKey(String name) {
        // The portal makes each key when it first needs it: with its first token, its first verified contact.
        if (name.equals("form-token")) {
            new Visitor().formPass("ballot");
        } else if (name.equals("contact-proof")) {
            verified("198.18.255.254", "13799999999");
        }
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("SELECT secret FROM site_secret WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("the portal has made no key " + name);
                }
                return Base64.getDecoder().decode(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newVisitor() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return base64(id);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String phone() {
        return phone;
    }

    @Override
    public String toString() {
        return "voter " + phone + " at " + address;
    }
}
