package city.civility.portal.feedback;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.participation.SiteSecrets;

/**
 * The systems allowed to send cases through Open311: keys an administrator issues (shown once,
 * kept as a keyed hash) and revokes, and the keys of trusted integrations given by
 * configuration (PORTAL_OPEN311_API_KEYS, comma-separated), which only the configuration revokes.
 */
@Stateless
@PermitAll
public class Open311Clients {

    /** The name a configured key's cases are recorded under. */
    static final String CONFIGURED = "configured";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SiteSecrets secrets;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    @ConfigProperty(name = "portal.open311.api-keys")
    Optional<String> configuredKeys;

    private Set<String> configured;

    @PostConstruct
    void readConfiguredKeys() {
        configured = configuredKeys.stream().flatMap(keys -> Arrays.stream(keys.split(","))).map(String::strip)
                .filter(k -> !k.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The client an API key belongs to, if it is a key in force. */
    public Optional<String> clientOf(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            return Optional.empty();
        }
        if (configured.contains(key.strip())) {
            return Optional.of(CONFIGURED);
        }
        return em.createQuery("SELECT c FROM Open311Client c WHERE c.keyHash = :hash AND c.revokedAt IS NULL", Open311Client.class)
                .setParameter("hash", secrets.hash("open311-key", key.strip())).getResultStream().findFirst().map(Open311Client::getName);
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public List<Open311Client> all() {
        return em.createQuery("SELECT c FROM Open311Client c ORDER BY c.createdAt DESC, c.id DESC", Open311Client.class).getResultList();
    }

    /** Issues a key to a client; the key is returned this once and never again. */
    @RolesAllowed(StaffRoles.ADMIN)
    public String issue(String clientName) {
        String name = TextLines.line(clientName);
        if (name.isEmpty() || name.length() > Open311Client.MAX_NAME) {
            throw new RuleViolation("feedback.open311.clientName", String.valueOf(Open311Client.MAX_NAME));
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Open311Client client = new Open311Client(name, secrets.hash("open311-key", key), key.substring(0, 6), clock.now(),
                security.getCallerPrincipal().getName());
        em.persist(client);
        em.flush();
        audit.record("feedback.open311-key-issued", "open311_client", client.getId(), "audit.detail.title", name);
        return key;
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public void revoke(long id) {
        Open311Client client = em.find(Open311Client.class, id);
        if (client == null) {
            throw new RuleViolation("feedback.office.notFound");
        }
        client.revoke(clock.now());
        audit.record("feedback.open311-key-revoked", "open311_client", id, "audit.detail.title", client.getName());
    }
}
