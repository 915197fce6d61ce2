package city.civility.portal.goodpeople;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.ContactCodes;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;

/** 身边好人: residents nominate and follow their nominations. */
@Stateless
@PermitAll
public class GoodPeopleService {

    private static final Logger LOG = Logger.getLogger(GoodPeopleService.class.getName());
    /** The form's name in its tokens. */
    public static final String NOMINATION_FORM = "nominate";
    /** Nominations one verified contact may send a day: a resident knows a few good people, not dozens. */
    static final int NOMINATIONS_PER_CONTACT_A_DAY = 3;
    /** Nominations one address may send (PORTAL_LIMITS_NOMINATIONS). */
    static final String NOMINATIONS_PER_ADDRESS = "10/PT1H";
    /** Tracking-number look-ups one address may make (PORTAL_LIMITS_TRACKING): no guessing numbers. */
    static final String LOOKUPS_PER_ADDRESS = "60/PT1H";

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

    /**
     * Keeps a resident's nomination and returns its tracking number. The nominator's contact is
     * the one their verification code proved; the form's token is redeemed with it, in the same
     * transaction, so a refusal keeps the token and the resident may mend and send again.
     */
    public String nominate(NominationForm form, String contactProof, FormPass pass, String address) {
        Instant now = clock.now();
        GoodPerson person = GoodPerson.nominate(form, contacts.verified(contactProof), TrackingNumbers.next(now), now);
        forms.redeem(pass.token(), pass.answer(), NOMINATION_FORM, pass.visitor());
        long today = em.createQuery("SELECT COUNT(g) FROM GoodPerson g WHERE g.nominatorContact = :contact AND g.submittedAt > :since", Long.class)
                .setParameter("contact", person.nominatorContact()).setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
        if (today >= NOMINATIONS_PER_CONTACT_A_DAY) {
            throw new RuleViolation("goodpeople.tooManyToday", String.valueOf(NOMINATIONS_PER_CONTACT_A_DAY));
        }
        limits.check("nominations", NOMINATIONS_PER_ADDRESS, address);
        em.persist(person);
        LOG.info(() -> "event=good-person-nominated tracking=" + person.getTrackingNumber() + " category=" + person.getCategory());
        return person.getTrackingNumber();
    }

    /** The nomination with this tracking number, with its history, as its nominator follows it. */
    public Optional<GoodPerson> track(String typedNumber, String address) {
        limits.check("tracking", LOOKUPS_PER_ADDRESS, address);
        String number = TrackingNumbers.normalise(typedNumber);
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT DISTINCT g FROM GoodPerson g LEFT JOIN FETCH g.events WHERE g.trackingNumber = :number", GoodPerson.class)
                .setParameter("number", number).getResultStream().findFirst();
    }
}
