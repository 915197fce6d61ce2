package city.civility.portal.platform;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.participation.MailSender;

/**
 * E-mail to staff about their work (a case's coming deadline, an overdue case), to the address
 * on their account, through the office's mail server. Here rather than in accounts so that a
 * feature writes to staff without knowing the accounts feature: it reads the addresses alone.
 * Staff who gave no address, or are disabled, are not written to.
 */
@Stateless
@PermitAll
public class StaffMail {

    private static final Logger LOG = Logger.getLogger(StaffMail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSender mail;

    /** The address of an enabled staff member, if they gave one. */
    public List<String> addressOf(String username) {
        return strings(em.createNativeQuery("SELECT email FROM staff_user WHERE username = ?1 AND enabled = TRUE AND email IS NOT NULL")
                .setParameter(1, username).getResultList());
    }

    /** The addresses of the enabled staff with {@code role} ({@link StaffRoles}) who gave one. */
    public List<String> addressesOf(String role) {
        return strings(em.createNativeQuery("SELECT u.email FROM staff_user u JOIN staff_user_role r ON r.user_id = u.id"
                + " WHERE r.role = ?1 AND u.enabled = TRUE AND u.email IS NOT NULL ORDER BY u.email").setParameter(1, role).getResultList());
    }

    /** Writes to each address; whether all were sent (a failure is logged, and the caller may try again later). */
    public boolean send(List<String> to, String subject, String text) {
        if (!mail.isConfigured()) {
            LOG.warning(() -> "event=staff-mail-off subject=" + subject + " (PORTAL_MAIL_HOST is not set)");
            return false;
        }
        boolean all = true;
        for (String address : to) {
            try {
                mail.send(address, subject, text);
            } catch (jakarta.mail.MessagingException e) {
                all = false;
                LOG.warning(() -> "event=staff-mail-failed error=" + e.getMessage());
            }
        }
        return all;
    }

    private static List<String> strings(List<?> rows) {
        return rows.stream().map(String::valueOf).toList();
    }
}
