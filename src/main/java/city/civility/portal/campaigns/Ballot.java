package city.civility.portal.campaigns;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;

/**
 * One voter's ballot: all its choices or none, kept in one transaction. The database's key
 * (campaign, voter, period) refuses a second one. A ballot that a fraud signal flagged is kept
 * {@link BallotStatus#SET_ASIDE} until a reviewer counts or voids it.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

    public static final int MIN_REASON = 2;
    public static final int MAX_REASON = 500;
    /** The receipt's number: twelve characters a voter can read out without confusing 0 and O, 1 and I. */
    private static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a ballot came from and how it was sent, for the fraud signals. */
    public record Origin(String address, String subnet, String device, int fillSeconds) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "ballot_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "voter_key", nullable = false, updatable = false)
    private String voterKey;

    @Column(name = "voting_period", nullable = false, updatable = false)
    private String votingPeriod;

    @Column(name = "phone_key", nullable = false, updatable = false)
    private String phoneKey;

    @Column(nullable = false, updatable = false)
    private String device;

    @Column(nullable = false, updatable = false)
    private String address;

    @Column(nullable = false, updatable = false)
    private String subnet;

    @Column(name = "picks_key", nullable = false, updatable = false)
    private String picksKey;

    @Column(name = "fill_seconds", nullable = false, updatable = false)
    private int fillSeconds;

    @Column(name = "cast_at", nullable = false, updatable = false)
    private Instant castAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BallotStatus status;

    /** The fraud signals that flagged it, separated by commas. */
    private String signals;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_reason")
    private String reviewReason;

    @ElementCollection
    @CollectionTable(name = "ballot_pick", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "nominee_id", updatable = false)
    private Set<Long> picks = new HashSet<>();

    protected Ballot() {
    }

    static Ballot cast(long campaignId, String voterKey, String votingPeriod, String phoneKey, Origin origin, Set<Long> picks,
            Set<FraudSignal> signals, Instant now) {
        Ballot ballot = new Ballot();
        ballot.campaignId = campaignId;
        ballot.number = newNumber();
        ballot.voterKey = voterKey;
        ballot.votingPeriod = votingPeriod;
        ballot.phoneKey = phoneKey;
        ballot.device = origin.device();
        ballot.address = origin.address();
        ballot.subnet = origin.subnet();
        ballot.fillSeconds = origin.fillSeconds();
        ballot.picksKey = picksKey(picks);
        ballot.picks.addAll(picks);
        ballot.castAt = now;
        ballot.status = signals.isEmpty() ? BallotStatus.COUNTED : BallotStatus.SET_ASIDE;
        ballot.signals = signals.isEmpty() ? null : signals.stream().map(Enum::name).collect(Collectors.joining(","));
        return ballot;
    }

    /** The same choices, whatever their order, give the same key (SAME_CHOICES compares them). */
    static String picksKey(Set<Long> picks) {
        String sorted = picks.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        return java.util.HexFormat.of().formatHex(sha256(sorted), 0, 16);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    static String newNumber() {
        StringBuilder number = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                number.append('-');
            }
            number.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        }
        return number.toString();
    }

    /** A receipt's number as a voter may type it: lower case, spaces, O for 0, I or L for 1. */
    static String normalizeNumber(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1')
                .replaceAll("[\\s-]", "");
        return text.length() == 12 ? text.substring(0, 4) + "-" + text.substring(4, 8) + "-" + text.substring(8) : text;
    }

    /** A reviewer decides on a set-aside ballot: counted after all, or voided (with a reason on record). */
    void review(boolean count, String reviewer, String typedReason, Instant now) {
        if (status != BallotStatus.SET_ASIDE) {
            throw new RuleViolation("campaigns.ballot.notSetAside");
        }
        String reason = TextLines.paragraphs(typedReason);
        int length = TextLines.length(reason);
        if (length < MIN_REASON || length > MAX_REASON) {
            throw new RuleViolation("campaigns.ballot.reason", String.valueOf(MIN_REASON), String.valueOf(MAX_REASON));
        }
        status = count ? BallotStatus.COUNTED : BallotStatus.VOIDED;
        reviewReason = reason;
        reviewedBy = reviewer;
        reviewedAt = now;
    }

    /** The signals that flagged it, in their declared order. */
    public Set<FraudSignal> getSignals() {
        Set<FraudSignal> all = EnumSet.noneOf(FraudSignal.class);
        if (signals != null) {
            Arrays.stream(signals.split(",")).map(FraudSignal::valueOf).sorted(Comparator.naturalOrder()).forEach(all::add);
        }
        return all;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getNumber() {
        return number;
    }

    public String getVoterKey() {
        return voterKey;
    }

    public BallotStatus getStatus() {
        return status;
    }

    public Instant getCastAt() {
        return castAt;
    }

    public String getAddress() {
        return address;
    }

    public String getSubnet() {
        return subnet;
    }

    public int getFillSeconds() {
        return fillSeconds;
    }

    public Set<Long> getPicks() {
        return picks;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
