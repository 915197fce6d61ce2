package city.civility.portal.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.Conditions;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.SortBy;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.participation.Contact;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.TooManyRequests;

/**
 * Staff accounts: signing in (with lock-out), and what administrators do to accounts.
 * Each public method is one use case and one transaction; the container checks the roles.
 */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    /** Tries at changing one's password, right or wrong. */
    static final String PASSWORD_CHANGES = "5/PT15M";

    /** The columns the user list can be sorted by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username", "displayName", "u.displayName", "createdAt", "u.createdAt");

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final int MAX_DISPLAY_NAME = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    SignInGuard guard;

    @Inject
    RateLimits limits;

    @Inject
    @ConfigProperty(name = "portal.accounts.max-failed-sign-ins")
    int maxFailedSignIns;

    @Inject
    @ConfigProperty(name = "portal.accounts.lockout-minutes")
    int lockoutMinutes;

    /**
     * How a sign-in attempt ended. {@code until} is set only for LOCKED and THROTTLED: when to
     * try again; {@code access} only for SIGNED_IN: the account's access generation the session keeps.
     */
    public record SignIn(Outcome outcome, String username, Set<Role> roles, Instant until, int access) {
        public enum Outcome { SIGNED_IN, REFUSED, LOCKED, THROTTLED }
    }

    /** An account just created or reset, with the one-time password to hand to its owner. */
    public record IssuedPassword(StaffUser user, String password) {
    }

    /**
     * Signs a member of staff in from {@code address}. A throttled address (or everyone, in an
     * attack spread over many) is refused before the account is looked at; a locked account
     * still lets the right password in from one of its known places; every failure is counted
     * (under a row lock, so failures at the same moment are all counted) and audited with the
     * address it came from.
     */
    @PermitAll
    public SignIn signIn(String username, char[] password, String address) {
        Instant now = clock.now();
        String name = normalise(username);
        Optional<StaffUser> found = byUsername(name).filter(StaffUser::isEnabled);
        boolean knownPlace = found.isPresent() && guard.isKnownPlace(found.get().getId(), address, now);
        Optional<Instant> throttled = guard.throttledUntil(address, knownPlace, now);
        if (throttled.isPresent()) {
            LOG.info(() -> "event=sign-in-throttled address=" + address);
            return new SignIn(SignIn.Outcome.THROTTLED, name, Set.of(), throttled.get(), 0);
        }
        if (found.isEmpty()) {
            passwords.burnTime(password);
            failed(name, null, address, now);
            return new SignIn(SignIn.Outcome.REFUSED, name, Set.of(), null, 0);
        }
        StaffUser user = found.get();
        boolean right = passwords.matches(password, user.getPasswordHash()); // before the row lock: hashing takes a tenth of a second
        if (user.isLockedAt(now) && !(right && knownPlace)) {
            failed(name, user.getId(), address, now);
            return new SignIn(SignIn.Outcome.LOCKED, name, Set.of(), user.getLockedUntil(), 0);
        }
        if (!right) {
            em.refresh(user, LockModeType.PESSIMISTIC_WRITE); // the count as the last failure left it, and this one next
            failed(name, user.getId(), address, now);
            if (user.recordFailedSignIn(now, maxFailedSignIns, Duration.ofMinutes(lockoutMinutes))) {
                audit.recordAs(name, "account.locked", "StaffUser", user.getId(), null);
                return new SignIn(SignIn.Outcome.LOCKED, name, Set.of(), user.getLockedUntil(), 0);
            }
            return new SignIn(SignIn.Outcome.REFUSED, name, Set.of(), null, 0);
        }
        user.recordSuccessfulSignIn();
        guard.rememberPlace(user.getId(), address, now);
        audit.recordAs(name, "account.signedIn", "StaffUser", user.getId(), "audit.detail.signInFrom", address);
        return new SignIn(SignIn.Outcome.SIGNED_IN, name, user.getRoles(), null, user.getAccessGeneration());
    }

    /** A failed sign-in, counted against its address and audited under the name typed (as much of it as the log keeps). */
    private void failed(String name, Long userId, String address, Instant now) {
        String typed = name.length() > 64 ? name.substring(0, 64) : name;
        guard.recordFailure(typed, address, now);
        audit.recordAs(typed, "account.signInFailed", "StaffUser", userId == null ? typed : userId, "audit.detail.signInFrom", address);
    }

    @PermitAll
    public Optional<StaffUser> findByUsername(String username) {
        return byUsername(normalise(username));
    }

    /** The first administrator's account: its user name, and the password to print once (none when the operator chose it). */
    public record FirstAccount(String username, Optional<String> printedPassword) {
    }

    /**
     * Creates the first administrator when there is no account at all (the first start),
     * named {@code username} (PORTAL_ADMIN_USERNAME), with the operator's password if it keeps
     * the password policy; otherwise with a generated one, printed once and changed at the
     * first sign-in (a weak chosen password is refused, not silently kept). Returns nothing if
     * accounts exist.
     */
    @PermitAll
    public Optional<FirstAccount> createFirstAdministrator(String username, Optional<String> chosenPassword) {
        if (em.createQuery("SELECT COUNT(u) FROM StaffUser u", Long.class).getSingleResult() > 0) {
            return Optional.empty();
        }
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalStateException("PORTAL_ADMIN_USERNAME must be 3-32 of a-z, 0-9, '.', '_' and '-', beginning with a letter or digit: " + name);
        }
        Optional<String> chosen = chosenPassword.filter(p -> {
            Optional<String> violation = Passwords.policyViolation(name, p);
            violation.ifPresent(key -> LOG.severe(() -> "event=admin-password-refused reason=" + key
                    + " PORTAL_ADMIN_PASSWORD does not keep the password policy (" + Texts.get(Locale.ENGLISH, key)
                    + "); a generated password is printed instead"));
            return violation.isEmpty();
        });
        String password = chosen.orElseGet(passwords::generate);
        StaffUser admin = new StaffUser(name, "Administrator", passwords.hash(password.toCharArray()), Set.of(Role.ADMIN), clock.now());
        if (chosen.isPresent()) {
            admin.changePassword(admin.getPasswordHash()); // chosen by the operator: no forced change
        }
        em.persist(admin);
        audit.recordAs(AuditLog.SYSTEM, "account.created", "StaffUser", name, "audit.detail.newAccount",
                admin.getUsername(), roleNames(admin.getRoles()));
        return Optional.of(new FirstAccount(name, chosen.isPresent() ? Optional.empty() : Optional.of(password)));
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public List<StaffUser> findUsers(String text, SortBy sort, int first, int size) {
        return usersQuery(text, StaffUser.class, "SELECT u FROM StaffUser u", sort.orderBy(SORTABLE, "u.username", "u.username"))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public long countUsers(String text) {
        return usersQuery(text, Long.class, "SELECT COUNT(u) FROM StaffUser u", "").getSingleResult();
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public IssuedPassword createUser(String username, String displayName, String email, Set<Role> roles) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new RuleViolation("accounts.username.invalid");
        }
        String shownName = requireDisplayName(displayName);
        if (roles.isEmpty()) {
            throw new RuleViolation("accounts.roles.required");
        }
        if (byUsername(name).isPresent()) {
            throw new RuleViolation("accounts.username.taken", name);
        }
        String password = passwords.generate();
        String address = optionalEmail(email);
        StaffUser user = new StaffUser(name, shownName, passwords.hash(password.toCharArray()), roles, clock.now());
        user.setEmail(address);
        em.persist(user);
        em.flush();
        audit.record("account.created", "StaffUser", user.getId(), "audit.detail.newAccount", name, roleNames(user.getRoles()));
        return new IssuedPassword(user, password);
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public StaffUser updateUser(long id, String displayName, String email, Set<Role> roles) {
        StaffUser user = require(id);
        String shownName = requireDisplayName(displayName);
        String address = optionalEmail(email);
        if (roles.isEmpty()) {
            throw new RuleViolation("accounts.roles.required");
        }
        if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdministrator(user);
        }
        user.setDisplayName(shownName);
        user.setEmail(address);
        user.setRoles(roles);
        audit.record("account.updated", "StaffUser", id, "audit.detail.accountChanged", shownName, roleNames(user.getRoles()));
        return user;
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public StaffUser setEnabled(long id, boolean enabled) {
        StaffUser user = require(id);
        if (!enabled) {
            if (user.getUsername().equals(callerName())) {
                throw new RuleViolation("accounts.disable.self");
            }
            if (user.hasRole(Role.ADMIN)) {
                requireAnotherActiveAdministrator(user);
            }
        }
        user.setEnabled(enabled);
        audit.record(enabled ? "account.enabled" : "account.disabled", "StaffUser", id, null);
        return user;
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public IssuedPassword resetPassword(long id) {
        StaffUser user = require(id);
        String password = passwords.generate();
        user.assignTemporaryPassword(passwords.hash(password.toCharArray()));
        audit.record("account.passwordReset", "StaffUser", id, null);
        return new IssuedPassword(user, password);
    }

    /**
     * A staff member chooses a new password, giving the current one; at most
     * {@value #PASSWORD_CHANGES} tries (PORTAL_LIMITS_PASSWORD_CHANGES), so a session left open
     * cannot be used to guess it. Returns the account's new access generation: the caller's
     * session keeps it, every other session of the account ends.
     */
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.CASE_OFFICER})
    public int changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser user = byUsername(callerName()).orElseThrow();
        try {
            limits.check("password-changes", PASSWORD_CHANGES, user.getUsername());
        } catch (TooManyRequests e) {
            throw new RuleViolation("password.tooManyAttempts", (e.retryAfterSeconds() + 59) / 60);
        }
        if (!passwords.matches(currentPassword.toCharArray(), user.getPasswordHash())) {
            throw new RuleViolation("password.currentWrong");
        }
        Passwords.policyViolation(user.getUsername(), newPassword).ifPresent(key -> {
            throw new RuleViolation(key);
        });
        if (newPassword.equals(currentPassword)) {
            throw new RuleViolation("password.unchanged");
        }
        user.changePassword(passwords.hash(newPassword.toCharArray()));
        audit.record("account.passwordChanged", "StaffUser", user.getId(), null);
        return user.getAccessGeneration();
    }

    private void requireAnotherActiveAdministrator(StaffUser user) {
        long others = em.createQuery("SELECT COUNT(u) FROM StaffUser u JOIN u.roles r "
                        + "WHERE r = :admin AND u.enabled = TRUE AND u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", user.getId()).getSingleResult();
        if (others == 0) {
            throw new RuleViolation("accounts.lastAdministrator");
        }
    }

    private StaffUser require(long id) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null) {
            throw new RuleViolation("accounts.notFound");
        }
        return user;
    }

    /** An e-mail address as typed, written one way, or null when none was typed. */
    private static String optionalEmail(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.contains("@")) {
            throw new RuleViolation("accounts.email.invalid");
        }
        try {
            return Contact.parse(typed).value();
        } catch (RuleViolation notAnAddress) {
            throw new RuleViolation("accounts.email.invalid");
        }
    }

    private static String requireDisplayName(String displayName) {
        String trimmed = TextLines.line(displayName);
        if (trimmed.isEmpty() || trimmed.length() > MAX_DISPLAY_NAME) {
            throw new RuleViolation("accounts.displayName.invalid");
        }
        return trimmed;
    }

    /** The roles as the audit page names them: in the reader's language, as the user list does. */
    private static List<AuditLog.Translated> roleNames(Set<Role> roles) {
        return roles.stream().map(role -> new AuditLog.Translated("role." + role)).toList();
    }

    private Optional<StaffUser> byUsername(String name) {
        return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :name", StaffUser.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private <T> TypedQuery<T> usersQuery(String text, Class<T> type, String select, String orderBy) {
        return new Conditions()
                .and("(LOWER(u.username) LIKE :text OR LOWER(u.displayName) LIKE :text)", "text", Conditions.containing(text))
                .query(em, type, select, orderBy);
    }

    private String callerName() {
        return security.getCallerPrincipal().getName();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
