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
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.participation.Contact;
import city.civility.portal.platform.participation.ContactCodes;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.TrackingNumbers;

/**
 * Residents' nominations for a campaign (群众推荐): sent while it takes nominations, followed by
 * tracking number, decided in the office's moderation queue ({@link CampaignNominationsToModerate}).
 */
@Stateless
@PermitAll
public class PublicNominations {

    private static final Logger LOG = Logger.getLogger(PublicNominations.class.getName());
    /** The nomination form's name in its token. */
    public static final String FORM = "campaign-nomination";
    /** The kind in its tracking numbers (推荐). */
    private static final String TRACKING = "TJ";
    /** Nominations one verified contact may send a day, as for 身边好人. */
    static final int PER_CONTACT_A_DAY = 3;
    /** Nominations one address may send (PORTAL_LIMITS_CAMPAIGN_NOMINATIONS). */
    static final String PER_ADDRESS = "10/PT1H";

    /**
     * A nomination as its nominator follows it: whom they nominated, the moderator's decision
     * (with the reason of a rejection) and, once approved, where the committee's review stands.
     */
    public record Tracked(String trackingNumber, String nomineeName, String categoryCode, String categoryName, Instant submittedAt,
            ModerationStatus status, String reason, NomineeStatus review) {

        static Tracked of(PublicNomination n) {
            return new Tracked(n.getTrackingNumber(), n.getNomineeName(), n.getCategory().getCode(), n.getCategory().getName(), n.getSubmittedAt(),
                    n.getStatus(), n.getStatus() == ModerationStatus.REJECTED ? n.getDecisionReason() : null,
                    n.getNominee() == null ? null : n.getNominee().getStatus());
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
     * Keeps a resident's nomination for campaign {@code slug}, to wait for a moderator, and returns
     * its tracking number; or refuses it, keeping nothing (the token stays unused).
     */
    public String nominate(String slug, PublicNomination.Form form, FormPass pass, String address) {
        Instant now = clock.now();
        Campaign campaign = em.createQuery("SELECT c FROM Campaign c WHERE c.slug = :slug", Campaign.class).setParameter("slug", slug)
                .getResultStream().findFirst().filter(Campaign::isLaunched).orElseThrow(() -> new RuleViolation("campaigns.notFound"));
        Optional<Contact> nominator = contacts.verified(form.contactProof());
        PublicNomination nomination = PublicNomination.submit(campaign, form, nominator, TrackingNumbers.next(TRACKING, now), now);
        forms.redeem(pass.token(), pass.answer(), FORM, pass.visitor());
        long today = em.createQuery("SELECT COUNT(n) FROM PublicNomination n WHERE n.nominatorContact = :contact AND n.submittedAt > :since",
                        Long.class)
                .setParameter("contact", nominator.orElseThrow().value()).setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
        if (today >= PER_CONTACT_A_DAY) {
            throw new RuleViolation("campaigns.publicNomination.tooManyToday", String.valueOf(PER_CONTACT_A_DAY));
        }
        limits.check("campaign-nominations", PER_ADDRESS, address);
        em.persist(nomination);
        LOG.info(() -> "event=campaign-public-nomination campaign=" + slug + " tracking=" + nomination.getTrackingNumber());
        return nomination.getTrackingNumber();
    }

    /** A nomination of campaign {@code slug} by its tracking number, for its nominator. */
    public Optional<Tracked> track(String slug, String typedNumber, String address) {
        limits.check("campaign-tracking", Objections.LOOKUPS_PER_ADDRESS, address);
        String number = TrackingNumbers.normalise(TRACKING, typedNumber);
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT n FROM PublicNomination n WHERE n.trackingNumber = :number AND n.campaign.slug = :slug",
                        PublicNomination.class)
                .setParameter("number", number).setParameter("slug", slug).getResultStream().findFirst().map(Tracked::of);
    }

    /** The nominations waiting for a moderator, the longest waiting first. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<PublicNomination> waiting(int max) {
        return em.createQuery("SELECT n FROM PublicNomination n JOIN FETCH n.campaign JOIN FETCH n.category WHERE n.moderation.status = :pending"
                        + " ORDER BY n.submittedAt, n.id", PublicNomination.class)
                .setParameter("pending", ModerationStatus.PENDING).setMaxResults(max).getResultList();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long waitingCount() {
        return em.createQuery("SELECT COUNT(n) FROM PublicNomination n WHERE n.moderation.status = :pending", Long.class)
                .setParameter("pending", ModerationStatus.PENDING).getSingleResult();
    }

    /** Approved: a nominee of the campaign (群众推荐), waiting for the committee's review like any other. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void approve(long id) {
        PublicNomination nomination = find(id);
        Instant now = clock.now();
        String moderator = security.getCallerPrincipal().getName();
        Nominee nominee = nomination.approve(moderator, now);
        em.persist(nominee);
        em.flush(); // the nominee's id, for its event
        em.persist(new CampaignEvent(nomination.getCampaign().getId(), nominee.getId(), now, CampaignEvent.Kind.NOMINATED, moderator,
                nomination.getTrackingNumber()));
        audit.record("campaigns.public-nomination-approved", "campaign_public_nomination", id, "audit.detail.trackingNumber",
                nomination.getTrackingNumber());
    }

    /** Not taken on, with the reason the nominator reads. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void reject(long id, String reason) {
        PublicNomination nomination = find(id);
        nomination.reject(reason, security.getCallerPrincipal().getName(), clock.now());
        audit.record("campaigns.public-nomination-rejected", "campaign_public_nomination", id, "audit.detail.trackingNumber",
                nomination.getTrackingNumber());
    }

    private PublicNomination find(long id) {
        PublicNomination nomination = em.find(PublicNomination.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (nomination == null) {
            throw new RuleViolation("campaigns.publicNomination.notFound");
        }
        return nomination;
    }
}
