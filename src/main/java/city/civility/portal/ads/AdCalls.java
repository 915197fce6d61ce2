package city.civility.portal.ads;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;
import city.civility.portal.media.Upload;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.participation.ContactCodes;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;
import city.civility.portal.platform.participation.TrackingNumbers;
import city.civility.portal.platform.publicsite.PublicContentVersion;

/**
 * 征集: the office opens calls for works; residents and units send works to an open call through
 * the public-participation kit (the form's token and challenge, a verified contact, rate limits);
 * a moderator accepts a work into the library (a published ad, the author credited with their
 * rights text) or refuses it with a reason the sender reads by their tracking number.
 */
@Stateless
@PermitAll
public class AdCalls {

    private static final Logger LOG = Logger.getLogger(AdCalls.class.getName());
    /** The work form's name in its tokens. */
    public static final String ENTRY_FORM = "ad-entry";
    /** The kind in a work's tracking number (征集). */
    private static final String TRACKING = "ZJ";
    /** Works one verified contact may send a day: a unit sends a series, not a flood. */
    static final int ENTRIES_PER_CONTACT_A_DAY = 5;
    /** Works one address may send (PORTAL_LIMITS_AD_ENTRIES). */
    static final String ENTRIES_PER_ADDRESS = "10/PT1H";
    /** Tracking-number look-ups one address may make (PORTAL_LIMITS_TRACKING). */
    static final String LOOKUPS_PER_ADDRESS = "60/PT1H";
    private static final String AUDIT_TYPE = "AdEntry";

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
    MediaService media;

    @Inject
    AdService ads;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public AdCall open(AdCall.Terms terms) {
        AdCall.Terms clean = terms.cleaned();
        AdCall call = new AdCall(clean, theme(clean.themeCode()), caller(), clock.now());
        em.persist(call);
        em.flush();
        publicChange.fire(new PublicContentVersion.Changed()); // the sitemap lists the calls
        audit.record("ad.call.opened", "AdCall", call.getId(), "audit.detail.title", clean.title());
        return call;
    }

    /** {@code expectedVersion} is the version the editor loaded: a change made meanwhile is not overwritten. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.ADMIN})
    public AdCall change(long id, long expectedVersion, AdCall.Terms terms) {
        AdCall.Terms clean = terms.cleaned();
        AdCall call = Optional.ofNullable(em.find(AdCall.class, id)).orElseThrow(() -> new RuleViolation("ads.call.notFound"));
        if (call.getVersion() != expectedVersion) {
            throw new RuleViolation("ads.changedMeanwhile");
        }
        call.change(clean, theme(clean.themeCode()));
        publicChange.fire(new PublicContentVersion.Changed());
        audit.record("ad.call.changed", "AdCall", id, "audit.detail.title", clean.title());
        return call;
    }

    /** The demo city's call for works, opened by the demo if the office has none yet; true when it was. */
    @PermitAll
    public boolean loadDemo(AdCall.Terms terms) {
        if (em.createQuery("SELECT COUNT(c) FROM AdCall c", Long.class).getSingleResult() > 0) {
            return false;
        }
        AdCall.Terms clean = terms.cleaned();
        em.persist(new AdCall(clean, theme(clean.themeCode()), AdService.DEMO, clock.now()));
        return true;
    }

    /** Every call, the latest to close first, with how many works wait in each. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<CallWithWorks> all() {
        return em.createQuery("SELECT c FROM AdCall c ORDER BY c.closesOn DESC, c.id DESC", AdCall.class).getResultList().stream()
                .map(c -> new CallWithWorks(c, count(c.getId(), ModerationStatus.PENDING), count(c.getId(), ModerationStatus.APPROVED)))
                .toList();
    }

    /** A call and how many of its works wait and how many were accepted. */
    public record CallWithWorks(AdCall call, long waiting, long accepted) {
    }

    private long count(long callId, ModerationStatus status) {
        return em.createQuery("SELECT COUNT(e) FROM AdEntry e WHERE e.call.id = :call AND e.moderation.status = :status", Long.class)
                .setParameter("call", callId).setParameter("status", status).getSingleResult();
    }

    /** The calls the public sees: not closed before {@code PAST_DAYS} ago, the soonest to close first. */
    public List<AdCall> current() {
        return em.createQuery("SELECT c FROM AdCall c WHERE c.closesOn >= :since ORDER BY c.closesOn, c.id", AdCall.class)
                .setParameter("since", today().minusDays(PAST_DAYS)).getResultList();
    }

    /** A closed call stays on the list for a season, with the works it brought. */
    static final int PAST_DAYS = 90;

    public Optional<AdCall> call(long id) {
        return Optional.ofNullable(em.find(AdCall.class, id));
    }

    /** The works a call brought into the library, newest first. */
    public List<PublicAd> acceptedWorks(long callId) {
        return em.createQuery("SELECT e.ad FROM AdEntry e WHERE e.call.id = :call AND e.ad IS NOT NULL AND e.ad.status = :published"
                        + " ORDER BY e.ad.publishedAt DESC, e.ad.id DESC", Ad.class)
                .setParameter("call", callId).setParameter("published", AdStatus.PUBLISHED).getResultList().stream().map(PublicAd::of).toList();
    }

    public boolean isOpen(AdCall call) {
        return call.isOpen(today());
    }

    /**
     * Keeps a work sent to a call and returns its tracking number. Checked in the order of the
     * form; the sender's contact is the one their code proved; the form's token is redeemed in
     * the same transaction, so a refusal keeps it and the sender may mend and send again; the
     * picture is sniffed and re-encoded by the media library, and nothing is kept when any of it fails.
     */
    public String send(long callId, AdEntry.Form form, Upload work, String contactProof, FormPass pass, String address) {
        Instant now = clock.now();
        AdCall call = call(callId).orElseThrow(() -> new RuleViolation("ads.call.notFound"));
        AdEntry entry = AdEntry.send(call, form, contacts.verified(contactProof), today(), TrackingNumbers.next(TRACKING, now), now);
        if (work == null) {
            throw new RuleViolation("ads.entry.work.required", media.limits().maxImageMb());
        }
        forms.redeem(pass.token(), pass.answer(), ENTRY_FORM, pass.visitor());
        long today = em.createQuery("SELECT COUNT(e) FROM AdEntry e WHERE e.contact = :contact AND e.submittedAt > :since", Long.class)
                .setParameter("contact", entry.getContact()).setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
        if (today >= ENTRIES_PER_CONTACT_A_DAY) {
            throw new RuleViolation("ads.entry.tooManyToday", ENTRIES_PER_CONTACT_A_DAY);
        }
        limits.check("ad-entries", ENTRIES_PER_ADDRESS, address);
        String maxMegabytes = String.valueOf(media.limits().maxImageMb());
        try {
            // The sender's file name may say who they are: the library keeps the tracking number.
            entry.attach(media.uploadResidentPicture(entry.getTrackingNumber(), work.content()).file());
        } catch (RuleViolation refused) {
            throw new RuleViolation("ads.entry.work.refused", maxMegabytes);
        }
        em.persist(entry);
        LOG.info(() -> "event=ad-entry-sent tracking=" + entry.getTrackingNumber() + " call=" + callId);
        return entry.getTrackingNumber();
    }

    /** What the sender of a work sees by its tracking number: never their contact. */
    public record Tracked(String trackingNumber, String callTitle, long callId, String title, Instant submittedAt, ModerationStatus status,
                          String reason, String adPath) {
    }

    public Optional<Tracked> track(String typedNumber, String address) {
        limits.check("tracking", LOOKUPS_PER_ADDRESS, address);
        String number = TrackingNumbers.normalise(TRACKING, typedNumber);
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM AdEntry e WHERE e.trackingNumber = :number", AdEntry.class).setParameter("number", number)
                .getResultStream().findFirst()
                .map(e -> new Tracked(e.getTrackingNumber(), e.getCall().getTitle(), e.getCall().getId(), e.getTitle(), e.getSubmittedAt(),
                        e.getModeration().getStatus(), e.getModeration().getReason(),
                        e.getAd() != null && e.getAd().isPublic() ? "/ads/" + e.getAd().getId() : null));
    }

    /** The works waiting for a moderator, the longest waiting first. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<AdEntry> waiting(int max) {
        return em.createQuery("SELECT e FROM AdEntry e WHERE e.moderation.status = :pending ORDER BY e.submittedAt, e.id", AdEntry.class)
                .setParameter("pending", ModerationStatus.PENDING).setMaxResults(max).getResultList();
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long waitingCount() {
        return em.createQuery("SELECT COUNT(e) FROM AdEntry e WHERE e.moderation.status = :pending", Long.class)
                .setParameter("pending", ModerationStatus.PENDING).getSingleResult();
    }

    /** A call's works, the newest first, for its page in the office. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<AdEntry> works(long callId) {
        return em.createQuery("SELECT e FROM AdEntry e WHERE e.call.id = :call ORDER BY e.submittedAt DESC, e.id DESC", AdEntry.class)
                .setParameter("call", callId).getResultList();
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Optional<AdEntry> work(long id) {
        return Optional.ofNullable(em.find(AdEntry.class, id));
    }

    /** Accepts a waiting work into the library: a published ad with the author's rights text and the call's licence. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Ad accept(long id) {
        AdEntry entry = work(id).orElseThrow(() -> new RuleViolation("ads.entry.notFound"));
        if (entry.getModeration().getStatus() != ModerationStatus.PENDING) {
            throw new RuleViolation("moderation.notPending");
        }
        MediaFile picture = entry.getWork();
        Ad ad = ads.publishWork(entry.draft(), picture);
        entry.accepted(ad, caller(), clock.now());
        audit.record("ad.entry.accepted", AUDIT_TYPE, id, "audit.detail.trackingNumber", entry.getTrackingNumber());
        return ad;
    }

    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public void reject(long id, String reason) {
        AdEntry entry = work(id).orElseThrow(() -> new RuleViolation("ads.entry.notFound"));
        entry.rejected(reason, caller(), clock.now());
        audit.record("ad.entry.rejected", AUDIT_TYPE, id, "audit.detail.trackingNumber", entry.getTrackingNumber());
    }

    private AdTheme theme(String code) {
        return Optional.ofNullable(em.find(AdTheme.class, code)).filter(AdTheme::isActive).orElseThrow(() -> new RuleViolation("ads.theme.required"));
    }

    private LocalDate today() {
        return clock.now().atZone(PortalClock.ZONE).toLocalDate();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
