package city.civility.portal.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.participation.Contact;
import city.civility.portal.platform.participation.ContactCodes;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.TrackingNumbers;

/** Objections to candidates during 公示: residents file and follow them; the office answers them. */
@Stateless
@PermitAll
public class Objections {

    private static final Logger LOG = Logger.getLogger(Objections.class.getName());
    /** The objection form's name in its token. */
    public static final String FORM = "campaign-objection";
    /** The kind in its tracking numbers (异议). */
    private static final String TRACKING = "YY";
    /** Objections one verified contact may file a day: enough for a resident who knows something, not a campaign against a candidate. */
    static final int PER_CONTACT_A_DAY = 3;
    /** Objections one address may file (PORTAL_LIMITS_OBJECTIONS). */
    static final String PER_ADDRESS = "10/PT1H";
    /** Tracking look-ups one address may make (PORTAL_LIMITS_CAMPAIGN_TRACKING): no guessing numbers. */
    static final String LOOKUPS_PER_ADDRESS = "60/PT1H";

    /** What a resident sends, as typed. */
    public record Form(String objectorName, String grounds, String contactProof) {
    }

    /** An objection as its objector follows it: what they objected to and the answer, never who they are. */
    public record Tracked(String trackingNumber, String candidateNumber, String candidateName, String grounds, Instant submittedAt,
            String answer, Boolean upheld, Instant answeredAt) {

        static Tracked of(Objection o) {
            return new Tracked(o.getTrackingNumber(), o.getCandidate().getNumberText(), o.getCandidate().getName(), o.getGrounds(),
                    o.getSubmittedAt(), o.getAnswer(), o.getUpheld(), o.getAnsweredAt());
        }

        public boolean answered() {
            return answeredAt != null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    ContactCodes contacts;

    @Inject
    FormTokens forms;

    @Inject
    RateLimits limits;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    /**
     * Keeps a resident's objection to candidate {@code number} of campaign {@code slug} and returns
     * its tracking number; or refuses it, keeping nothing (the token stays unused, so the mended
     * form may be sent again).
     */
    public String file(String slug, int number, Form form, FormPass pass, String address) {
        Instant now = clock.now();
        Nominee candidate = em.createQuery("SELECT n FROM Nominee n WHERE n.campaign.slug = :slug AND n.number = :number"
                        + " AND n.campaign.launchedAt IS NOT NULL", Nominee.class)
                .setParameter("slug", slug).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("campaigns.objection.notCandidate"));
        Optional<Contact> objector = contacts.verified(form.contactProof());
        Objection objection = Objection.file(candidate, form.objectorName(), form.grounds(), objector,
                TrackingNumbers.next(TRACKING, now), now);
        forms.redeem(pass.token(), pass.answer(), FORM, pass.visitor());
        long today = em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.objectorContact = :contact AND o.submittedAt > :since", Long.class)
                .setParameter("contact", objector.orElseThrow().value())
                .setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
        if (today >= PER_CONTACT_A_DAY) {
            throw new RuleViolation("campaigns.objection.tooManyToday", String.valueOf(PER_CONTACT_A_DAY));
        }
        limits.check("objections", PER_ADDRESS, address);
        em.persist(objection);
        LOG.info(() -> "event=campaign-objection-filed campaign=" + slug + " candidate=" + candidate.getNumberText()
                + " tracking=" + objection.getTrackingNumber());
        return objection.getTrackingNumber();
    }

    /** An objection of campaign {@code slug} by its tracking number, for its objector. */
    public Optional<Tracked> track(String slug, String typedNumber, String address) {
        limits.check("campaign-tracking", LOOKUPS_PER_ADDRESS, address);
        String number = TrackingNumbers.normalise(TRACKING, typedNumber);
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT o FROM Objection o WHERE o.trackingNumber = :number AND o.campaign.slug = :slug", Objection.class)
                .setParameter("number", number).setParameter("slug", slug).getResultStream().findFirst().map(Tracked::of);
    }

    /** Objections of every campaign: those waiting for an answer first, the longest waiting first; then the newest answered. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<Objection> list(int first, int size) {
        return em.createQuery("SELECT o FROM Objection o JOIN FETCH o.candidate JOIN FETCH o.campaign"
                        + " ORDER BY o.answeredAt DESC NULLS FIRST, o.submittedAt, o.id", Objection.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Objection o", Long.class).getSingleResult();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long waitingCount() {
        return em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.answeredAt IS NULL", Long.class).getSingleResult();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Optional<Objection> find(long id) {
        return Optional.ofNullable(em.find(Objection.class, id));
    }

    /** The office's answer, upheld or not, which the objector reads on their tracking page; audited. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void answer(long id, String text, boolean upheld) {
        Objection objection = em.find(Objection.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (objection == null) {
            throw new RuleViolation("campaigns.objection.notFound");
        }
        objection.answer(text, upheld, security.getCallerPrincipal().getName(), clock.now());
        audit.record(upheld ? "campaigns.objection-upheld" : "campaigns.objection-dismissed", "campaign_objection", id,
                "audit.detail.objection", objection.getTrackingNumber(), objection.getCandidate().getNumberText(),
                objection.getCandidate().getName());
    }
}
