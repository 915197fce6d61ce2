package city.civility.portal.platform.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.i18n.Texts;

/**
 * Verified contact: a resident proves a phone or an e-mail address is theirs with a
 * one-time code sent to it, and gets a signed proof ({@link #verified(String)}) that their
 * form then carries. A new code may be asked for after {@link #RESEND_AFTER}, at most
 * {@link #MAX_PER_HOUR} an hour per contact; each code is valid for ten minutes and five tries.
 */
@Stateless
@PermitAll
public class ContactCodes {

    private static final Logger LOG = Logger.getLogger(ContactCodes.class.getName());
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int MAX_PER_HOUR = 5;
    /** How long a verified contact stays verified for the form that asked. */
    static final Duration PROOF_VALID_FOR = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What became of a code typed in. */
    public enum Outcome { VERIFIED, WRONG, EXPIRED, TOO_MANY_TRIES, NO_CODE }

    /** The outcome, the tries left after a wrong code, and the proof when verified. */
    public record Verification(Outcome outcome, int triesLeft, String proof) {
    }

    /** Where the code went (masked) and when the next may be asked for. */
    public record Sent(String to, long resendAfterSeconds, long validMinutes) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SiteSecrets secrets;

    @Inject
    FormTokens forms;

    @Inject
    MailSender mail;

    @Inject
    SmsSender sms;

    @Inject
    @ConfigProperty(name = "portal.city.name")
    String cityName;

    @Inject
    @ConfigProperty(name = "portal.city.name-en")
    String cityNameEnglish;

    /** The form asking for a code, as its token names it ({@link FormTokens}). */
    public static final String FORM = "contact-code";

    /**
     * Sends a new code to the contact typed, asked for with a token of the {@link #FORM} form.
     * Refuses with a {@link RuleViolation} a token that does not redeem, a contact that is
     * neither a mobile number nor an e-mail address (or an e-mail address while e-mail is not
     * configured), and with {@link TooManyRequests} a code asked for too soon or too often.
     */
    public Sent send(String typed, Locale language, FormPass pass) {
        Contact contact = Contact.parse(typed);
        forms.redeem(pass.token(), pass.answer(), FORM, pass.visitor());
        if (contact.kind() == Contact.Kind.EMAIL && !mail.isConfigured()) {
            throw new RuleViolation("contact.emailUnavailable");
        }
        String key = secrets.hash("contact", contact.value());
        Instant now = clock.now();
        List<Instant> lastHour = em.createQuery("SELECT c.sentAt FROM ContactCode c WHERE c.contactKey = :key AND c.sentAt > :since"
                        + " ORDER BY c.sentAt DESC", Instant.class)
                .setParameter("key", key).setParameter("since", now.minus(Duration.ofHours(1))).getResultList();
        if (!lastHour.isEmpty() && lastHour.get(0).plus(RESEND_AFTER).isAfter(now)) {
            throw new TooManyRequests("contact-code-resend", secondsUntil(lastHour.get(0).plus(RESEND_AFTER), now));
        }
        if (lastHour.size() >= MAX_PER_HOUR) {
            throw new TooManyRequests("contact-codes-per-hour", secondsUntil(lastHour.get(lastHour.size() - 1).plus(Duration.ofHours(1)), now));
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new ContactCode(key, codeHash(key, code), now));
        deliver(contact, code, language);
        return new Sent(contact.masked(), RESEND_AFTER.toSeconds(), ContactCode.VALID_FOR.toMinutes());
    }

    /**
     * Checks a code typed for a contact against the last one sent to it. Every try counts,
     * right or wrong, and stays counted: the outcome is an answer, not an exception that
     * would roll the count back.
     */
    public Verification verify(String typedContact, String typedCode) {
        Contact contact = Contact.parse(typedContact);
        String key = secrets.hash("contact", contact.value());
        Instant now = clock.now();
        Optional<ContactCode> last = em.createQuery("SELECT c FROM ContactCode c WHERE c.contactKey = :key ORDER BY c.sentAt DESC, c.id DESC",
                ContactCode.class).setParameter("key", key).setMaxResults(1).getResultStream().findFirst();
        if (last.isEmpty() || last.get().isUsed()) {
            return new Verification(Outcome.NO_CODE, 0, null);
        }
        ContactCode code = last.get();
        if (code.isExpired(now)) {
            return new Verification(Outcome.EXPIRED, 0, null);
        }
        // Counted in the database, so parallel guesses on several instances share the five tries.
        int counted = em.createQuery("UPDATE ContactCode c SET c.tries = c.tries + 1 WHERE c.id = :id AND c.tries < :max")
                .setParameter("id", code.getId()).setParameter("max", ContactCode.MAX_TRIES).executeUpdate();
        if (counted == 0) {
            return new Verification(Outcome.TOO_MANY_TRIES, 0, null);
        }
        em.refresh(code);
        String digits = Normalizer.normalize(typedCode == null ? "" : typedCode, Normalizer.Form.NFKC).strip();
        if (!MessageDigest.isEqual(codeHash(key, digits).getBytes(StandardCharsets.US_ASCII), code.getCodeHash().getBytes(StandardCharsets.US_ASCII))) {
            return code.triesLeft() > 0 ? new Verification(Outcome.WRONG, code.triesLeft(), null) : new Verification(Outcome.TOO_MANY_TRIES, 0, null);
        }
        int used = em.createQuery("UPDATE ContactCode c SET c.usedAt = :now WHERE c.id = :id AND c.usedAt IS NULL")
                .setParameter("now", now).setParameter("id", code.getId()).executeUpdate();
        if (used == 0) {
            return new Verification(Outcome.NO_CODE, 0, null); // used by a parallel request a moment ago
        }
        return new Verification(Outcome.VERIFIED, code.triesLeft(), proof(contact, now));
    }

    /** The contact a proof was given for, while it is valid; empty for anything else. */
    public Optional<Contact> verified(String proof) {
        if (proof == null || !proof.matches("[A-Za-z0-9_-]{1,600}\\.[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String payload = proof.substring(0, proof.indexOf('.'));
        if (!secrets.verify("contact-proof", payload, proof.substring(proof.indexOf('.') + 1))) {
            return Optional.empty();
        }
        String[] fields = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\\|", 3);
        Instant issued = Instant.ofEpochSecond(Long.parseLong(fields[2]));
        if (!clock.now().isBefore(issued.plus(PROOF_VALID_FOR))) {
            return Optional.empty();
        }
        return Optional.of(new Contact(Contact.Kind.valueOf(fields[0]), fields[1]));
    }

    /** Forgets codes a day old: long expired, and no longer needed for the hourly limit. */
    public int prune() {
        return em.createQuery("DELETE FROM ContactCode c WHERE c.sentAt < :before")
                .setParameter("before", clock.now().minus(Duration.ofDays(1))).executeUpdate();
    }

    private String proof(Contact contact, Instant now) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                (contact.kind() + "|" + contact.value() + "|" + now.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + secrets.sign("contact-proof", payload);
    }

    private String codeHash(String contactKey, String code) {
        return secrets.hash("contact-code", contactKey + ":" + code);
    }

    private void deliver(Contact contact, String code, Locale language) {
        String site = Texts.get(language, "site.name", "en".equals(language.getLanguage()) ? cityNameEnglish : cityName);
        String text = Texts.get(language, "contact.code.text", site, code, String.valueOf(ContactCode.VALID_FOR.toMinutes()));
        if (contact.kind() == Contact.Kind.PHONE) {
            sms.send(contact.value(), text);
            return;
        }
        try {
            mail.send(contact.value(), Texts.get(language, "contact.code.subject", site), text);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "event=contact-code-not-sent kind=email to=" + contact.masked(), e);
            throw new RuleViolation("contact.notSent");
        }
    }

    private static long secondsUntil(Instant then, Instant now) {
        return Math.max(1, (Duration.between(now, then).toMillis() + 999) / 1000);
    }
}
