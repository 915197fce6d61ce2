package city.civility.portal.search;

import java.time.Instant;
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

import city.civility.portal.platform.PortalClock;

/**
 * Notes, inside the transaction that changes a public thing, that the index must catch
 * up with it. The index can then never miss a change that committed: it applies the
 * rows after commit ({@link Written}) and replays any left over at start-up.
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

    /** The oldest rows not yet applied. */
    public List<Entry> pending(int max) {
        return em.createQuery("SELECT e FROM SearchOutboxEntry e ORDER BY e.id", Entry.class).setMaxResults(max).getResultList();
    }

    public long countPending() {
        return em.createQuery("SELECT COUNT(e) FROM SearchOutboxEntry e", Long.class).getSingleResult();
    }

    /** Removes exactly the rows applied: rows written meanwhile stay, whatever their ids. */
    public void applied(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM SearchOutboxEntry e WHERE e.id IN :ids").setParameter("ids", ids).executeUpdate();
        }
    }
}
