package city.civility.portal.testing;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complaints and suggestions as a resident sends them (the form's fields, its token, the
 * e-mail address's proof) and, for tests about what follows, a case the office accepted.
 */
public final class FeedbackFixtures {

    private static final Pattern LINK = Pattern.compile("/feedback/track/(TS-[0-9]{4}-[0-9]{6,})\\?key=([A-Za-z0-9_-]+)&sent=1$");
    private static int addresses = 0;

    /** A sent case: its number and the path of its status page, secret included. */
    public record Sent(String number, String link, String key) {
    }

    private FeedbackFixtures() {
    }

    /** A resident from an address of their own (the form's limits count per address). */
    public static synchronized Visitor resident() {
        addresses++;
        return new Visitor().sending("X-Forwarded-For", "198.18." + (100 + addresses / 250) + "." + (1 + addresses % 250));
    }

    /** A proof that the visitor owns a fresh e-mail address, as the form's script gets it. */
    public static String emailProof(Visitor resident, String address) {
        Map<String, String> ask = resident.formPass("contact-code");
        ask.put("contact", address);
        HttpResponse<String> sent = resident.post("/api/participation/contact-codes", ask);
        if (sent.statusCode() != 200) {
            throw new IllegalStateException("no code sent: " + sent.statusCode() + " " + sent.body());
        }
        String code = TestMailbox.awaitCode(address, TestMailbox.messagesTo(address).size() - 1);
        HttpResponse<String> verified = resident.post("/api/participation/contact-codes/verify", Map.of("contact", address, "code", code));
        Matcher proof = Pattern.compile("\"proof\":\"([^\"]+)\"").matcher(verified.body());
        if (!proof.find()) {
            throw new IllegalStateException("not verified: " + verified.body());
        }
        return proof.group(1);
    }

    /** The form's fields as the browser sends them; {@code pass} is the token and answer (empty: none). */
    public static Map<String, String> form(Visitor resident, String kind, String category, String description, String address, boolean consent,
            String proof, Map<String, String> pass) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("case", "case");
        if (kind != null) {
            form.put("case:kind", kind);
        }
        form.put("case:category", category);
        form.put("case:description", description);
        form.put("case:address", address);
        form.put("case:latitude", "");
        form.put("case:longitude", "");
        form.put("case:contact", "");
        form.put("case:contactProof", proof);
        if (consent) {
            form.put("case:consent", "on");
        }
        form.put("case:submit", "提交");
        form.put("jakarta.faces.ViewState", Visitor.viewState(resident.get("/feedback/new").body()));
        form.putAll(pass);
        return form;
    }

    /** Sends the form with photos (multipart, as the page does); the answer is the portal's. */
    public static HttpResponse<String> send(Visitor resident, Map<String, String> form, List<Path> photos) {
        return resident.postMultipart("/feedback/new", form, photos.isEmpty() ? Map.of() : Map.of("case:photos", photos));
    }

    /** The case a 302 to its status page names, or an error saying what the page answered. */
    public static Sent sent(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElse("");
        Matcher link = LINK.matcher(location);
        if (answer.statusCode() != 302 || !link.find()) {
            throw new AssertionError("not sent: " + answer.statusCode() + " " + location + " " + answer.body());
        }
        return new Sent(link.group(1), "/feedback/track/" + link.group(1) + "?key=" + link.group(2), link.group(2));
    }

    /** A complaint sent by a resident who verified {@code email}, agreeing to publication. */
    public static Sent complaint(String category, String description, String address, String email) {
        Visitor resident = resident();
        String proof = emailProof(resident, email);
        return sent(send(resident, form(resident, "COMPLAINT", category, description, address, true, proof, resident.formPass("feedback")), List.of()));
    }

    /**
     * A case as the office left it, written straight into the database (for figures): received
     * at {@code received}, due at {@code due}, answered at {@code answered} (or not, null), rated
     * (or not), reopened so many times, in {@code state}; of category 其他, for {@code department}.
     */
    public static void caseOf(String department, Instant received, Instant due, Instant answered, Integer rating, int reopened, String state) {
        try (Connection c = PortalServer.get().database();
             PreparedStatement s = c.prepareStatement("INSERT INTO feedback_case (kind, category_code, description, address, consent_publish,"
                     + " secret_hash, state, department, received_at, due_at, answered_at, supporters, reopened, rating, changed_at, version)"
                     + " VALUES ('COMPLAINT', 'OTHER', '统计用的诉求，内容不重要，只看数字。', '江川市', FALSE, 'fixture', ?, ?, ?, ?, ?, 0, ?, ?, ?, 1)")) {
            s.setString(1, state);
            s.setString(2, department);
            s.setObject(3, received.atOffset(ZoneOffset.UTC));
            s.setObject(4, due.atOffset(ZoneOffset.UTC));
            s.setObject(5, answered == null ? null : answered.atOffset(ZoneOffset.UTC));
            s.setInt(6, reopened);
            s.setObject(7, rating);
            s.setObject(8, received.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case's id: its number's last part. */
    public static long id(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    /** The office accepts the case for its category's department, as an officer's click leaves it (and the public version moves on). */
    public static void accept(String number) {
        accept(number, "fixture");
    }

    /** As {@link #accept(String)}, by this officer (whom the case's reminders then go to). */
    public static void accept(String number, String officer) {
        Instant now = PortalServer.get().now();
        try (Connection c = PortalServer.get().database()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("UPDATE feedback_case SET state = 'ACCEPTED', changed_at = ?, version = version + 1"
                    + " WHERE id = ? AND state = 'RECEIVED'")) {
                s.setObject(1, now.atOffset(ZoneOffset.UTC));
                s.setLong(2, id(number));
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException(number + " is not waiting to be accepted");
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_event (case_id, happened_at, kind, actor, note)"
                    + " SELECT id, ?, 'ACCEPTED', ?, department FROM feedback_case WHERE id = ?")) {
                s.setObject(1, now.atOffset(ZoneOffset.UTC));
                s.setString(2, officer);
                s.setLong(3, id(number));
                s.executeUpdate();
            }
            try (PreparedStatement log = c.prepareStatement("INSERT INTO search_outbox (doc_type, doc_id, created_at) VALUES ('case', ?, ?)")) {
                log.setLong(1, id(number));
                log.setObject(2, now.atOffset(ZoneOffset.UTC));
                log.executeUpdate();
            }
            NewsFixtures.publicVersionMovesOn(c, now.atOffset(ZoneOffset.UTC));
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
