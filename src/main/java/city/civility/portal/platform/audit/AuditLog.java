package city.civility.portal.platform.audit;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;

import city.civility.portal.platform.Conditions;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.SortBy;
import city.civility.portal.platform.StaffRoles;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction, so an
 * action and its audit line are committed together or not at all; only
 * administrators read it.
 */
@Stateless
public class AuditLog {

    /** The columns the audit page can be sorted by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "e.occurredAt", "actor", "e.actor", "action", "e.action");

    /** The actor recorded for what the portal does by itself (start-up, timers). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SecurityContext security;

    /**
     * A detail argument the page shows in the reader's language: the text of this message key
     * (a role's name, say). Other arguments are shown as given: texts, numbers, times, lists.
     */
    public record Translated(String key) {
    }

    /**
     * Records what the signed-in user did. The detail is a message key (audit.detail.*; null for
     * none, and then no arguments are kept) and its arguments, shown in the reader's language;
     * what the user wrote themselves (a reason, a title) goes in as an argument.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String targetType, Object targetId, String detailKey, Object... detailArgs) {
        Principal caller = security.getCallerPrincipal();
        recordAs(caller == null ? SYSTEM : caller.getName(), action, targetType, targetId, detailKey, detailArgs);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, String action, String targetType, Object targetId, String detailKey, Object... detailArgs) {
        em.persist(new AuditEntry(clock.now(), actor, action, targetType,
                targetId == null ? null : targetId.toString(), detailKey, detailArgs));
    }

    /** Filter of the audit page: any part may be empty. Dates are whole days in the office's zone. */
    public record Filter(String actor, LocalDate from, LocalDate to) {
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public List<AuditEntry> find(Filter filter, SortBy sort, int first, int size) {
        return query(filter, AuditEntry.class, "SELECT e FROM AuditEntry e", sort.orderBy(SORTABLE, "e.occurredAt DESC, e.id DESC", "e.id DESC"))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed(StaffRoles.ADMIN)
    public long count(Filter filter) {
        return query(filter, Long.class, "SELECT COUNT(e) FROM AuditEntry e", "").getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, Class<T> type, String select, String orderBy) {
        return new Conditions()
                .and("e.actor = :actor", "actor", filter.actor() == null ? null : filter.actor().strip().toLowerCase())
                .and("e.occurredAt >= :from", "from", PortalClock.startOf(filter.from()))
                .and("e.occurredAt < :to", "to", PortalClock.endOf(filter.to()))
                .query(em, type, select, orderBy);
    }
}
