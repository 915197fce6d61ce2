package city.civility.portal.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;

import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;
import city.civility.portal.media.Region;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.SortBy;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.search.SearchOutbox;

/**
 * The office's side of the cases: the inbox, a case with its whole history, and every change
 * of state, each an event (the audit trail and the public timeline at once).
 */
@Stateless
@RolesAllowed({StaffRoles.CASE_OFFICER, StaffRoles.ADMIN})
public class CaseOffice {

    private static final Logger LOG = Logger.getLogger(CaseOffice.class.getName());
    /** "Due soon": the deadline within this. */
    static final Duration DUE_SOON = Duration.ofDays(2);
    private static final Map<String, String> SORTABLE = Map.of("dueAt", "c.dueAt", "receivedAt", "c.receivedAt", "state", "c.state",
            "department", "c.department", "kind", "c.kind", "supporters", "c.supporters");

    /** What the inbox shows: every field may be left empty (null or false) for all. */
    public record InboxFilter(CaseState state, CaseKind kind, String categoryCode, String department, boolean overdue, boolean dueSoon) {

        public static final InboxFilter UNANSWERED = new InboxFilter(null, null, null, null, false, false);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    SearchOutbox searchLog;

    @Inject
    MediaService media;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    /** The cases of the filter, those due first unless sorted otherwise. Without a state: those awaiting an answer. */
    public List<FeedbackCase> inbox(InboxFilter filter, int first, int size, SortBy order) {
        return bind(em.createQuery("SELECT c FROM FeedbackCase c" + where(filter) + order.orderBy(SORTABLE, "c.dueAt ASC, c.id ASC", "c.id ASC"),
                FeedbackCase.class), filter).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(InboxFilter filter) {
        return bind(em.createQuery("SELECT COUNT(c) FROM FeedbackCase c" + where(filter), Long.class), filter).getSingleResult();
    }

    private static String where(InboxFilter filter) {
        List<String> conditions = new ArrayList<>();
        conditions.add(filter.state() == null ? "c.state IN :waiting" : "c.state = :state");
        if (filter.kind() != null) {
            conditions.add("c.kind = :kind");
        }
        if (filter.categoryCode() != null) {
            conditions.add("c.category.code = :category");
        }
        if (filter.department() != null) {
            conditions.add("c.department = :department");
        }
        if (filter.overdue()) {
            conditions.add("c.dueAt < :now AND c.state IN :waiting");
        } else if (filter.dueSoon()) {
            conditions.add("c.dueAt >= :now AND c.dueAt < :soon AND c.state IN :waiting");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, InboxFilter filter) {
        if (filter.state() == null || filter.overdue() || filter.dueSoon()) {
            query.setParameter("waiting", List.of(CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.IN_PROGRESS));
        }
        if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.categoryCode() != null) {
            query.setParameter("category", filter.categoryCode());
        }
        if (filter.department() != null) {
            query.setParameter("department", filter.department());
        }
        if (filter.overdue() || filter.dueSoon()) {
            Instant now = clock.now();
            query.setParameter("now", now);
            if (!filter.overdue()) {
                query.setParameter("soon", now.plus(DUE_SOON));
            }
        }
        return query;
    }

    /** The cases awaiting an answer now, those past their deadline, and the oldest of them (the national check fails a site at three months). */
    public Backlog backlog() {
        Instant now = clock.now();
        List<CaseState> waiting = List.of(CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.IN_PROGRESS);
        long open = em.createQuery("SELECT COUNT(c) FROM FeedbackCase c WHERE c.state IN :waiting", Long.class)
                .setParameter("waiting", waiting).getSingleResult();
        long overdue = em.createQuery("SELECT COUNT(c) FROM FeedbackCase c WHERE c.state IN :waiting AND c.dueAt < :now", Long.class)
                .setParameter("waiting", waiting).setParameter("now", now).getSingleResult();
        Optional<FeedbackCase> oldest = em.createQuery("SELECT c FROM FeedbackCase c WHERE c.state IN :waiting ORDER BY c.receivedAt, c.id",
                FeedbackCase.class).setParameter("waiting", waiting).setMaxResults(1).getResultStream().findFirst();
        return new Backlog(open, overdue, oldest.map(c -> c.trackingNumber().toString()).orElse(null), oldest.map(FeedbackCase::getId).orElse(null),
                oldest.map(c -> Duration.between(c.getReceivedAt(), now).toDays()).orElse(0L), oldest.map(c -> c.isOverdue(now)).orElse(false));
    }

    /** The dashboard's figures: waiting cases, overdue ones, and the oldest waiting (its number, id, age in days, whether overdue). */
    public record Backlog(long open, long overdue, String oldestNumber, Long oldestId, long oldestDays, boolean oldestOverdue) {
    }

    /**
     * The departments cases go to: the categories' and those officers assigned. The cases' are
     * read by hopping along the department index from one name to the next (a handful of index
     * look-ups), where DISTINCT read every case: 33 ms of every inbox page at 100,000 cases.
     */
    public List<String> departments() {
        List<String> departments = new ArrayList<>(em.createQuery("SELECT DISTINCT c.department FROM FeedbackCategory c", String.class).getResultList());
        @SuppressWarnings("unchecked")
        List<Object> assigned = em.createNativeQuery("WITH RECURSIVE d (department) AS ("
                + " SELECT MIN(department) FROM feedback_case"
                + " UNION ALL SELECT (SELECT MIN(f.department) FROM feedback_case f WHERE f.department > d.department) FROM d WHERE d.department IS NOT NULL)"
                + " SELECT department FROM d WHERE department IS NOT NULL").getResultList();
        assigned.stream().map(String::valueOf).filter(d -> !departments.contains(d)).forEach(departments::add);
        departments.sort(null);
        return departments;
    }

    /** A case with its whole history, internal notes included. */
    public Optional<FeedbackCase> find(long id) {
        return em.createQuery("SELECT DISTINCT c FROM FeedbackCase c LEFT JOIN FETCH c.events WHERE c.id = :id", FeedbackCase.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The resident's contact whole, to call or write to them: every look is in the audit log. */
    public String revealContact(long id) {
        FeedbackCase c = byId(id);
        audit.record("feedback.contact-revealed", "feedback_case", id, "audit.detail.trackingNumber", c.trackingNumber().toString());
        return c.hasContact() ? c.contact() : null;
    }

    public void accept(long id, String department) {
        FeedbackCase c = byId(id);
        c.accept(department, officer(), clock.now());
        changed(c, "feedback.accepted");
    }

    public void start(long id) {
        FeedbackCase c = byId(id);
        c.start(officer(), clock.now());
        changed(c, "feedback.started");
    }

    public void reply(long id, String text) {
        FeedbackCase c = byId(id);
        c.reply(text, officer(), clock.now());
        changed(c, "feedback.replied");
    }

    /** A note for the office only: not public, not in the search index. */
    public void note(long id, String text) {
        byId(id).note(text, officer(), clock.now());
    }

    public void answer(long id, String text) {
        FeedbackCase c = byId(id);
        c.answer(text, officer(), clock.now());
        changed(c, "feedback.answered");
    }

    public void close(long id) {
        FeedbackCase c = byId(id);
        c.close(officer(), clock.now());
        changed(c, "feedback.closed");
    }

    public void reject(long id, String reason) {
        FeedbackCase c = byId(id);
        c.reject(reason, officer(), clock.now());
        changed(c, "feedback.rejected");
    }

    /** Merges the case into the one with {@code intoNumber}: the same problem, answered there. */
    public void merge(long id, String intoNumber) {
        FeedbackCase c = byId(id);
        FeedbackCase into = TrackingNumber.parse(intoNumber).flatMap(n -> FeedbackCase.byNumber(em, n))
                .orElseThrow(() -> new RuleViolation("feedback.office.mergeTarget"));
        c.mergeInto(into, officer(), clock.now());
        changed(c, "feedback.merged");
        searchLog.changed(CaseSearch.TYPE, into.getId()); // its supporters
    }

    /**
     * Puts a confirmed 随手拍 on the 曝光台 with a copy of its first photo in which these regions
     * are made unrecognisable for good (the original stays private); again, it replaces the copy.
     */
    public void expose(long id, String regions) {
        FeedbackCase c = byId(id);
        Instant now = clock.now();
        c.exposed(true, officer(), now);
        List<Region> marked = Region.parse(regions);
        Exposure before = em.find(Exposure.class, id);
        if (before != null) {
            em.remove(before);
            em.flush();
        }
        MediaFile copy = media.blurredCopy(c.getPhotos().get(0), marked, c.trackingNumber() + "-exposure");
        em.persist(new Exposure(id, copy.getKey(), Region.format(marked), now, officer()));
        changed(c, "feedback.exposed");
    }

    /** Takes a case off the 曝光台. */
    public void unexpose(long id) {
        FeedbackCase c = byId(id);
        Exposure shown = em.find(Exposure.class, id);
        if (shown == null) {
            throw new RuleViolation("feedback.office.notNow");
        }
        em.remove(shown);
        c.exposed(false, officer(), clock.now());
        changed(c, "feedback.unexposed");
    }

    /** The case's place on the 曝光台, if it has one. */
    public Optional<Exposure> exposureOf(long id) {
        return Optional.ofNullable(em.find(Exposure.class, id));
    }

    private void changed(FeedbackCase c, String action) {
        audit.record(action, "feedback_case", c.getId(), "audit.detail.trackingNumber", c.trackingNumber().toString());
        publicChange.fire(new PublicContentVersion.Changed());
        searchLog.changed(CaseSearch.TYPE, c.getId());
        LOG.info(() -> "event=" + action.replace('.', '-') + " number=" + c.trackingNumber() + " state=" + c.getState());
    }

    private FeedbackCase byId(long id) {
        FeedbackCase c = em.find(FeedbackCase.class, id);
        if (c == null) {
            throw new RuleViolation("feedback.office.notFound");
        }
        return c;
    }

    private String officer() {
        return security.getCallerPrincipal().getName();
    }
}
