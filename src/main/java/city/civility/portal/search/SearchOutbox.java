package city.civility.portal.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.PortalClock;

/**
 * The search log: notes, inside the transaction that changes a public thing, that the
 * index must catch up with it. The index can then never miss a change that committed.
 * Every instance's index follows the log on its own ({@link LogPosition}); rows are
 * never taken away by reading them, only pruned once they are older than the retention
 * period ({@code PORTAL_SEARCH_LOG_RETENTION_DAYS}).
 */
@Stateless
@PermitAll
public class SearchOutbox {

    /** Fired when rows were written; observed after a successful commit. */
    public record Written() {
    }

    @Entity(name = "SearchOutboxEntry")
    @Table(name = "search_outbox")
    public static class Entry {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(name = "doc_type", nullable = false)
        private String type;

        @Column(name = "doc_id", nullable = false)
        private long documentId;

        @Column(name = "created_at", nullable = false)
        private Instant createdAt;

        protected Entry() {
        }

        Entry(String type, long documentId, Instant createdAt) {
            this.type = type;
            this.documentId = documentId;
            this.createdAt = createdAt;
        }

        public Long getId() {
            return id;
        }

        public String getType() {
            return type;
        }

        public long getDocumentId() {
            return documentId;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    Event<Written> written;

    @Inject
    @ConfigProperty(name = "portal.search.log-retention-days")
    int retentionDays;

    /** Gaps looked for in one query: the query's text grows with them. */
    private static final int GAPS_PER_QUERY = 100;

    /** The thing of this type and id changed (published, edited, withdrawn, deleted). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(String type, long id) {
        em.persist(new Entry(type, id, clock.now()));
        written.fire(new Written());
    }

    /** Several things changed at once, e.g. every article of a renamed channel. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(String type, List<Long> ids) {
        Instant now = clock.now();
        ids.forEach(id -> em.persist(new Entry(type, id, now)));
        if (!ids.isEmpty()) {
            written.fire(new Written());
        }
    }

    /** The rows after {@code position}, oldest first. */
    public List<Entry> after(long position, int max) {
        return em.createQuery("SELECT e FROM SearchOutboxEntry e WHERE e.id > :position ORDER BY e.id", Entry.class)
                .setParameter("position", position).setMaxResults(max).getResultList();
    }

    /** The rows that have appeared in these gaps of a log position. */
    public List<Entry> inGaps(List<LogPosition.Gap> gaps) {
        List<Entry> found = new ArrayList<>();
        for (int first = 0; first < gaps.size(); first += GAPS_PER_QUERY) {
            List<LogPosition.Gap> some = gaps.subList(first, Math.min(gaps.size(), first + GAPS_PER_QUERY));
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < some.size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("e.id BETWEEN :from").append(i).append(" AND :to").append(i);
            }
            TypedQuery<Entry> query = em.createQuery("SELECT e FROM SearchOutboxEntry e WHERE " + where + " ORDER BY e.id", Entry.class);
            for (int i = 0; i < some.size(); i++) {
                query.setParameter("from" + i, some.get(i).from()).setParameter("to" + i, some.get(i).to());
            }
            found.addAll(query.getResultList());
        }
        return found;
    }

    /** The newest row's id, or the last pruned one when the log is empty now. */
    public long newest() {
        Long newest = em.createQuery("SELECT MAX(e.id) FROM SearchOutboxEntry e", Long.class).getSingleResult();
        return Math.max(newest == null ? 0 : newest, prunedThrough());
    }

    /** The ids of the rows from {@code first} on. */
    public List<Long> idsFrom(long first) {
        return em.createQuery("SELECT e.id FROM SearchOutboxEntry e WHERE e.id >= :first", Long.class)
                .setParameter("first", first).getResultList();
    }

    public long countAfter(long position) {
        return em.createQuery("SELECT COUNT(e) FROM SearchOutboxEntry e WHERE e.id > :position", Long.class)
                .setParameter("position", position).getSingleResult();
    }

    /** The highest id pruned so far: an index that has not applied the log that far missed changes. */
    public long prunedThrough() {
        return ((Number) em.createNativeQuery("SELECT pruned_through FROM search_log_pruned WHERE id = 1").getSingleResult()).longValue();
    }

    /** Removes the rows older than the retention period (run on one instance at a time: {@link SearchLogPruning}). */
    public int prune() {
        Instant before = clock.now().minus(Duration.ofDays(retentionDays));
        Long last = em.createQuery("SELECT MAX(e.id) FROM SearchOutboxEntry e WHERE e.createdAt < :before", Long.class)
                .setParameter("before", before).getSingleResult();
        if (last == null) {
            return 0;
        }
        int pruned = em.createQuery("DELETE FROM SearchOutboxEntry e WHERE e.id <= :last AND e.createdAt < :before")
                .setParameter("last", last).setParameter("before", before).executeUpdate();
        em.createNativeQuery("UPDATE search_log_pruned SET pruned_through = ?1 WHERE id = 1 AND pruned_through < ?1")
                .setParameter(1, last).executeUpdate();
        return pruned;
    }
}
