package city.civility.portal.platform.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.Database;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;

/**
 * The token every public POST carries. Public pages are cached and their views transient,
 * so they hold no token and no JSF view state: a form's script fetches a token
 * ({@code GET /api/participation/form}) made for that form and that visitor's cookie, and
 * sends it back. A token is redeemed once (a replayed POST is refused), within
 * {@link #VALID_FOR}, and only with the answer to its challenge: a proof of work the
 * visitor's browser computes in the background (no third party, nothing to see or hear,
 * so a keyboard or screen-reader user passes it as anyone does), which makes sending
 * forms by the thousand expensive for a script. {@code portal.challenge.bits} sets the
 * work (18: about a quarter of a million hashes, a second or so on an old phone); 0 turns it off.
 */
@Stateless
@PermitAll
public class FormTokens {

    static final Duration VALID_FOR = Duration.ofHours(2);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}\\.[A-Za-z0-9_-]{43}");
    private static final Pattern FORM = Pattern.compile("[a-z0-9-]{1,40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token, and the work its challenge asks for (0: none). */
    public record Issued(String token, int bits) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SiteSecrets secrets;

    @Inject
    @ConfigProperty(name = "portal.challenge.bits", defaultValue = "18")
    int bits;

    /** A token for this form and this visitor (their {@link VisitorCookie}). */
    public Issued issue(String form, String visitor) {
        if (!FORM.matcher(form).matches()) {
            throw new IllegalArgumentException("form names are short lower-case words: " + form);
        }
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString((form + "|" + visitor + "|"
                + clock.now().getEpochSecond() + "|" + bits + "|" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce))
                .getBytes(StandardCharsets.UTF_8));
        return new Issued(payload + "." + secrets.sign("form-token", payload), bits);
    }

    /**
     * Redeems a token sent with {@code form} by {@code visitor}, with the answer to its
     * challenge, inside the caller's transaction: if the form is refused later and rolls back,
     * the token stays unused and the visitor may send the form again.
     * Refuses with a {@link RuleViolation} a token missing, forged, of another form or visitor,
     * expired, already used, or whose challenge is unanswered. Returns when the token was
     * issued: about when the visitor opened the form.
     */
    public Instant redeem(String token, String answer, String form, String visitor) {
        if (token == null || token.isBlank()) {
            throw new RuleViolation("form.token.missing");
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new RuleViolation("form.token.invalid");
        }
        String payload = token.substring(0, token.indexOf('.'));
        if (!secrets.verify("form-token", payload, token.substring(token.indexOf('.') + 1))) {
            throw new RuleViolation("form.token.invalid");
        }
        String[] fields = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\\|", 5);
        if (!fields[0].equals(form) || !fields[1].equals(visitor)) {
            throw new RuleViolation("form.token.invalid");
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(fields[2]));
        if (!clock.now().isBefore(issued.plus(VALID_FOR))) {
            throw new RuleViolation("form.token.expired");
        }
        if (!solves(token, answer, Integer.parseInt(fields[3]))) {
            throw new RuleViolation("form.challenge.unanswered");
        }
        // A used token, or two copies of one POST at once: the key refuses the second use.
        try {
            em.persist(new FormTokenUse(fields[4], clock.now()));
            em.flush();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw new RuleViolation("form.token.used");
            }
            throw e;
        }
        return issued;
    }

    /** Whether SHA-256(token ":" answer) begins with {@code bits} zero bits. */
    static boolean solves(String token, String answer, int bits) {
        if (bits <= 0) {
            return true;
        }
        if (answer == null || !answer.matches("[0-9]{1,12}")) {
            return false;
        }
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest((token + ":" + answer).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
        for (int i = 0; i < bits; i++) {
            if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Forgets redeemed tokens that could no longer be redeemed anyway. */
    public int prune() {
        return em.createQuery("DELETE FROM FormTokenUse u WHERE u.usedAt < :before")
                .setParameter("before", clock.now().minus(VALID_FOR.multipliedBy(2))).executeUpdate();
    }
}
