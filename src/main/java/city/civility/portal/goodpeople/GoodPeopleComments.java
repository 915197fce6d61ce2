package city.civility.portal.goodpeople;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.publicsite.PublicContentVersion;

/** Residents' comments on 身边好人 entries: written by anyone, shown once a moderator approved them. */
@Stateless
@PermitAll
public class GoodPeopleComments {

    private static final Logger LOG = Logger.getLogger(GoodPeopleComments.class.getName());
    /** The comment form's name in its token. */
    public static final String COMMENT_FORM = "goodperson-comment";
    /** Comments one address may write (PORTAL_LIMITS_COMMENTS): each is read by a moderator. */
    static final String COMMENTS_PER_ADDRESS = "10/PT1H";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    FormTokens forms;

    @Inject
    RateLimits limits;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    /** Keeps a resident's comment on a public entry, to wait for a moderator. */
    public void write(long entryId, String author, String text, FormPass pass, String address) {
        GoodPerson entry = em.find(GoodPerson.class, entryId);
        if (entry == null) {
            throw new RuleViolation("goodpeople.comment.closed");
        }
        Comment comment = Comment.write(entry, author, text, clock.now());
        forms.redeem(pass.token(), pass.answer(), COMMENT_FORM, pass.visitor());
        limits.check("comments", COMMENTS_PER_ADDRESS, address);
        em.persist(comment);
        LOG.info(() -> "event=good-person-comment-written entry=" + entryId);
    }

    /** The approved, shown comments of an entry, oldest first, as the public reads them. */
    public List<PublicComment> shown(long entryId) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.entry.id = :entry AND c.moderation.status = :approved"
                        + " AND c.moderation.hidden = FALSE ORDER BY c.submittedAt, c.id", Comment.class)
                .setParameter("entry", entryId).setParameter("approved", ModerationStatus.APPROVED)
                .getResultStream().map(PublicComment::of).toList();
    }

    /** Every comment of an entry, whatever its state, for the office's page of that entry. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<Comment> ofEntry(long entryId) {
        return em.createQuery("SELECT c FROM Comment c WHERE c.entry.id = :entry ORDER BY c.submittedAt, c.id", Comment.class)
                .setParameter("entry", entryId).getResultList();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<Comment> waiting(int max) {
        return em.createQuery("SELECT c FROM Comment c JOIN FETCH c.entry WHERE c.moderation.status = :pending ORDER BY c.submittedAt, c.id",
                Comment.class).setParameter("pending", ModerationStatus.PENDING).setMaxResults(max).getResultList();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long waitingCount() {
        return em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.moderation.status = :pending", Long.class)
                .setParameter("pending", ModerationStatus.PENDING).getSingleResult();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void approve(long id) {
        Comment comment = find(id);
        comment.getModeration().approve(moderator(), clock.now());
        audit.record("goodpeople.comment-approved", "good_person_comment", id, "audit.detail.trackingNumber",
                comment.getEntry().getTrackingNumber());
        publicChange.fire(new PublicContentVersion.Changed());
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void reject(long id, String reason) {
        Comment comment = find(id);
        String kept = comment.getModeration().reject(reason, moderator(), clock.now());
        audit.record("goodpeople.comment-rejected", "good_person_comment", id, "audit.detail.reason", kept);
    }

    /** Takes an approved comment off the entry's page, or puts it back; it stays on record. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void hide(long id, boolean hide) {
        Comment comment = find(id);
        comment.getModeration().hide(hide);
        audit.record(hide ? "goodpeople.comment-hidden" : "goodpeople.comment-shown", "good_person_comment", id,
                "audit.detail.trackingNumber", comment.getEntry().getTrackingNumber());
        publicChange.fire(new PublicContentVersion.Changed());
    }

    private Comment find(long id) {
        Comment comment = em.find(Comment.class, id);
        if (comment == null) {
            throw new RuleViolation("goodpeople.comment.notFound");
        }
        return comment;
    }

    private String moderator() {
        return security.getCallerPrincipal().getName();
    }
}
