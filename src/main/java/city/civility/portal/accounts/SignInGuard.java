package city.civility.portal.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.participation.RateLimits.Limit;

/**
 * What stands before the accounts at sign-in. Failed sign-ins are counted by address in the
 * database (every instance sees them): one address past {@code portal.accounts.failures-per-address}
 * (PORTAL_ACCOUNTS_FAILURES_PER_ADDRESS), or all addresses together past
 * {@code portal.accounts.failures-in-all} (a guessing spread over many addresses), is refused
 * before any password is checked or any account's count moves. An account's known places
 * (addresses it signed in from in the last {@link #KNOWN_FOR}) pass the overall limit, and the
 * right password from one of them still signs in while the account is locked.
 */
@ApplicationScoped
public class SignInGuard {

    /** How long an address stays one of an account's known places after it signed in there. */
    static final Duration KNOWN_FOR = Duration.ofDays(90);
    /** Failures are kept this long: longer than any window they are counted in. */
    private static final Duration FAILURES_KEPT = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.accounts.failures-per-address", defaultValue = "20/PT15M")
    String perAddressText;

    @Inject
    @ConfigProperty(name = "portal.accounts.failures-in-all", defaultValue = "300/PT15M")
    String inAllText;

    private Limit perAddress;
    private Limit inAll;

    @PostConstruct
    void readLimits() {
        perAddress = Limit.parse(perAddressText);
        inAll = Limit.parse(inAllText);
    }

    /** Until when sign-ins from {@code address} are refused unheard, if they are now. */
    Optional<Instant> throttledUntil(String address, boolean knownPlace, Instant now) {
        Optional<Instant> fromHere = over(perAddress, address, now);
        if (fromHere.isPresent() || knownPlace) {
            return fromHere;
        }
        return over(inAll, null, now);
    }

    /** When the window's oldest failure leaves it, if the failures in it (of one address, or of all) have reached the limit. */
    private Optional<Instant> over(Limit limit, String address, Instant now) {
        var query = em.createNativeQuery("SELECT COUNT(*), MIN(failed_at) FROM sign_in_failure WHERE failed_at > ?1"
                + (address == null ? "" : " AND address = ?2")).setParameter(1, utc(now.minus(limit.window())));
        if (address != null) {
            query.setParameter(2, address);
        }
        Object[] row = (Object[]) query.getSingleResult();
        if (((Number) row[0]).longValue() < limit.times()) {
            return Optional.empty();
        }
        return Optional.of(instant(row[1]).plus(limit.window()));
    }

    void recordFailure(String username, String address, Instant now) {
        em.createNativeQuery("INSERT INTO sign_in_failure (address, username, failed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, address).setParameter(2, username).setParameter(3, utc(now))
                .executeUpdate();
    }

    boolean isKnownPlace(long userId, String address, Instant now) {
        return !em.createNativeQuery("SELECT 1 FROM staff_known_place WHERE user_id = ?1 AND address = ?2 AND last_signed_in_at > ?3")
                .setParameter(1, userId).setParameter(2, address).setParameter(3, utc(now.minus(KNOWN_FOR)))
                .getResultList().isEmpty();
    }

    /** The account signed in from {@code address}: a known place of it from now on; old failures are forgotten. */
    void rememberPlace(long userId, String address, Instant now) {
        int updated = em.createNativeQuery("UPDATE staff_known_place SET last_signed_in_at = ?3 WHERE user_id = ?1 AND address = ?2")
                .setParameter(1, userId).setParameter(2, address).setParameter(3, utc(now)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO staff_known_place (user_id, address, last_signed_in_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, userId).setParameter(2, address).setParameter(3, utc(now)).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE failed_at < ?1").setParameter(1, utc(now.minus(FAILURES_KEPT))).executeUpdate();
    }

    /** An instant as JDBC drivers bind it for a TIMESTAMP WITH TIME ZONE column (PostgreSQL's does not take an Instant). */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("a time from the database as " + value.getClass());
    }
}
