package city.civility.portal.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import city.civility.portal.platform.Database;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.Contact;
import city.civility.portal.platform.participation.ContactCodes;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.FormTokens;
import city.civility.portal.platform.participation.RateLimits;

/**
 * Casting a ballot, and a voter checking theirs by its number. A ballot is one transaction:
 * its choices, the form token it spends and the flags on it are written together or not at
 * all, and the voter's receipt is answered only after the commit.
 */
@Stateless
@PermitAll
public class Voting {

    /** The ballot form's name in its token. */
    public static final String BALLOT_FORM = "ballot";
    /** Receipt look-ups one address may make (PORTAL_LIMITS_BALLOT_LOOKUPS). */
    static final String LOOKUPS_PER_ADDRESS = "60/PT1H";
    /** How long a ballot refused by the key with no kept ballot behind it is cast again. */
    static final Duration KEY_RETRY_FOR = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(Voting.class.getName());

    /** What a voter sends: the candidates' ids, how many choices the form carried, the phone's proof and, where asked, an ID number. */
    public record BallotForm(Set<Long> picks, int asked, String contactProof, String idNumber) {
    }

    /** What the voter is told after the commit: the number to check later, and whether it counts now. */
    public record Receipt(String number, BallotStatus status, Instant castAt) {
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
    VoterKeys keys;

    @Inject
    FraudSignals fraud;

    @Resource
    SessionContext session;

    /**
     * Casts a ballot in campaign {@code slug}, or refuses it with a {@link RuleViolation} that
     * says what to mend, keeping nothing: the campaign not voting now, an unverified phone, the
     * choices against the rules, an invalid ID number or one that voted with another phone, a
     * token that does not redeem, a voter who already voted (in this period).
     * <p>
     * "Already voted" is said only when the voter's ballot is kept. The key can refuse a ballot
     * for one that is not kept in the end: H2 can refuse two ballots of one voter sent at the
     * same instant, each for the other, and both roll back. Then the ballot is cast again (its
     * token was rolled back with it) until one is kept, for at most {@link #KEY_RETRY_FOR}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt cast(String slug, BallotForm form, FormPass pass, String address) {
        Voting inTransaction = session.getBusinessObject(Voting.class);
        long giveUp = System.nanoTime() + KEY_RETRY_FOR.toNanos();
        while (true) {
            try {
                return inTransaction.castInOneTransaction(slug, form, pass, address);
            } catch (VoterKeyTaken taken) {
                if (inTransaction.hasKeptBallot(taken.campaignId, taken.voterKey, taken.period)) {
                    throw new RuleViolation(taken.messageKey());
                }
                LOG.info(() -> "event=ballot-key-refused-nothing-kept campaign=" + taken.campaignId + " (cast again)");
                if (System.nanoTime() > giveUp) {
                    throw new RuleViolation("campaigns.vote.tryAgain");
                }
                pause();
            }
        }
    }

    /** A short random pause, so that two refused ballots of one voter are not cast again at the same instant. */
    private static void pause() {
        try {
            Thread.sleep(10 + ThreadLocalRandom.current().nextInt(40));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolation("campaigns.vote.tryAgain");
        }
    }

    /** Whether the voter has a kept ballot in this period: read after the refused ballot rolled back. */
    public boolean hasKeptBallot(long campaignId, String voterKey, String period) {
        return !em.createQuery("SELECT b.id FROM Ballot b WHERE b.campaignId = :campaign AND b.voterKey = :voter AND b.votingPeriod = :period")
                .setParameter("campaign", campaignId).setParameter("voter", voterKey).setParameter("period", period)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** One try of {@link #cast}, in its own transaction: only {@link #cast} calls it, through the container. */
    public Receipt castInOneTransaction(String slug, BallotForm form, FormPass pass, String address) {
        Instant now = clock.now();
        // Its categories in the same statement: the ballot's rules count picks per category.
        Campaign campaign = em.createQuery("SELECT DISTINCT c FROM Campaign c LEFT JOIN FETCH c.categories WHERE c.slug = :slug", Campaign.class)
                .setParameter("slug", slug).getResultStream().findFirst().filter(Campaign::isLaunched).orElseThrow(() -> new RuleViolation("campaigns.notFound"));
        Phase phase = campaign.phaseAt(now);
        if (phase != Phase.VOTING) {
            throw new RuleViolation(phase.compareTo(Phase.VOTING) < 0 ? "campaigns.vote.notYet" : "campaigns.vote.over");
        }
        List<Nominee> picked = form.picks().isEmpty() ? List.of()
                : em.createQuery("SELECT n FROM Nominee n JOIN FETCH n.category WHERE n.id IN :ids", Nominee.class).setParameter("ids", form.picks()).getResultList();
        campaign.checkBallot(picked, form.asked());
        Contact phone = contacts.verified(form.contactProof()).filter(c -> c.kind() == Contact.Kind.PHONE)
                .orElseThrow(() -> new RuleViolation("campaigns.vote.phoneUnverified"));
        String phoneKey = keys.phoneKey(campaign.getId(), phone.value());
        String voterKey = phoneKey;
        if (campaign.getRules().voterCheck() == VoterCheck.PHONE_AND_ID) {
            voterKey = keys.idKey(campaign.getId(), ResidentIdNumber.parse(form.idNumber(), LocalDate.ofInstant(now, PortalClock.ZONE)));
            bindToPhone(campaign.getId(), voterKey, phoneKey);
        }
        Instant opened = forms.redeem(pass.token(), pass.answer(), BALLOT_FORM, pass.visitor());
        String period = campaign.votingPeriod(now);
        String already = campaign.getRules().frequency() == BallotFrequency.DAILY ? "campaigns.vote.alreadyToday" : "campaigns.vote.already";
        Ballot.Origin origin = new Ballot.Origin(address, FraudSignals.subnetOf(address), pass.visitor(),
                (int) Math.min(Integer.MAX_VALUE, Math.max(0, Duration.between(opened, now).toSeconds())));
        Set<FraudSignal> signals = fraud.check(campaign.getId(), origin, phoneKey, Ballot.picksKey(form.picks()), now);
        Ballot ballot = Ballot.cast(campaign.getId(), voterKey, period, phoneKey, origin, form.picks(), signals, now);
        try {
            em.persist(ballot);
            em.flush();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                // The key (campaign, voter, period) is the one check: it also holds for two ballots at the same moment, on any instance.
                throw new VoterKeyTaken(already, campaign.getId(), voterKey, period);
            }
            throw e;
        }
        return new Receipt(ballot.getNumber(), ballot.getStatus(), now);
    }

    /**
     * An ID number votes with the phone it first voted with: the same ID with another phone is
     * refused, so one person cannot vote once per phone they own.
     */
    private void bindToPhone(long campaignId, String idKey, String phoneKey) {
        List<?> bound = em.createNativeQuery("SELECT phone_key FROM campaign_voter WHERE campaign_id = ?1 AND id_key = ?2")
                .setParameter(1, campaignId).setParameter(2, idKey).getResultList();
        if (!bound.isEmpty()) {
            if (!phoneKey.equals(bound.get(0))) {
                throw new RuleViolation("campaigns.vote.idOtherPhone");
            }
            return;
        }
        try {
            em.createNativeQuery("INSERT INTO campaign_voter (campaign_id, id_key, phone_key) VALUES (?1, ?2, ?3)")
                    .setParameter(1, campaignId).setParameter(2, idKey).setParameter(3, phoneKey).executeUpdate();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw new RuleViolation("campaigns.vote.idOtherPhone"); // the same ID at the same moment, from another request
            }
            throw e;
        }
    }

    /** The key refused a ballot: "already voted", once a kept ballot of the voter is seen. */
    static final class VoterKeyTaken extends RuleViolation {
        private final long campaignId;
        private final String voterKey;
        private final String period;

        VoterKeyTaken(String messageKey, long campaignId, String voterKey, String period) {
            super(messageKey);
            this.campaignId = campaignId;
            this.voterKey = voterKey;
            this.period = period;
        }
    }

    /** A ballot's status by its receipt number, for its voter: never its choices. */
    public Optional<Receipt> receipt(String slug, String typedNumber, String address) {
        limits.check("ballot-lookups", LOOKUPS_PER_ADDRESS, address);
        String number = Ballot.normalizeNumber(typedNumber);
        return em.createQuery("SELECT b FROM Ballot b WHERE b.number = :number AND b.campaignId ="
                        + " (SELECT c.id FROM Campaign c WHERE c.slug = :slug)", Ballot.class)
                .setParameter("number", number).setParameter("slug", slug).getResultStream().findFirst()
                .map(b -> new Receipt(b.getNumber(), b.getStatus(), b.getCastAt()));
    }
}
