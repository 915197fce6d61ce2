package city.civility.portal.platform.participation;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The {@code site_secret} table, read and filled in a transaction of its own ({@link SiteSecrets}). */
@Stateless
@PermitAll
public class SecretStore {

    @PersistenceContext
    EntityManager em;

    /** The key named {@code name}, made now if no instance has made it yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] readOrMake(String name) {
        var kept = em.createNativeQuery("SELECT secret FROM site_secret WHERE name = ?1").setParameter(1, name).getResultList();
        if (!kept.isEmpty()) {
            return Base64.getDecoder().decode((String) kept.get(0));
        }
        byte[] made = new byte[32];
        new SecureRandom().nextBytes(made);
        em.createNativeQuery("INSERT INTO site_secret (name, secret) VALUES (?1, ?2)")
                .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(made)).executeUpdate();
        return made;
    }
}
