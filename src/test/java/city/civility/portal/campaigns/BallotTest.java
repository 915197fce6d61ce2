package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.RuleViolation;

class BallotTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final Ballot.Origin ORIGIN = new Ballot.Origin("203.0.113.7", "203.0.113.0/24", "device", 40);

    @Test
    void aReceiptNumberIsReadableAndTypedBackInAnyCase() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String number = Ballot.newNumber();
            assertTrue(number.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), number);
            numbers.add(number);
        }
        assertEquals(1000, numbers.size());
        assertEquals("AB12-CD34-EF10", Ballot.normalizeNumber(" ab12 cd34 ef1o "));
        assertEquals("AB12-CD34-EF11", Ballot.normalizeNumber("AB12CD34EF1I"));
    }

    @Test
    void theSameChoicesInAnyOrderHaveOneKey() {
        assertEquals(Ballot.picksKey(Set.of(3L, 1L, 2L)), Ballot.picksKey(Set.of(2L, 3L, 1L)));
        assertNotEquals(Ballot.picksKey(Set.of(1L, 2L)), Ballot.picksKey(Set.of(1L, 23L)));
    }

    @Test
    void aFlaggedBallotIsSetAsideUntilAReviewerDecidesWithAReason() {
        Ballot clean = Ballot.cast(1, "voter", "campaign", "phone", ORIGIN, Set.of(1L), EnumSet.noneOf(FraudSignal.class), NOW);
        assertEquals(BallotStatus.COUNTED, clean.getStatus());
        Ballot flagged = Ballot.cast(1, "voter2", "campaign", "phone2", ORIGIN, Set.of(1L), EnumSet.of(FraudSignal.TOO_FAST, FraudSignal.SUBNET), NOW);
        assertEquals(BallotStatus.SET_ASIDE, flagged.getStatus());
        assertEquals(EnumSet.of(FraudSignal.SUBNET, FraudSignal.TOO_FAST), flagged.getSignals());
        assertEquals("campaigns.ballot.reason", assertThrows(RuleViolation.class, () -> flagged.review(false, "reviewer", " ", NOW)).messageKey());
        flagged.review(false, "reviewer", "同一网段一分钟内两百票", NOW);
        assertEquals(BallotStatus.VOIDED, flagged.getStatus());
        assertEquals("campaigns.ballot.notSetAside", assertThrows(RuleViolation.class,
                () -> flagged.review(true, "reviewer", "再次复核", NOW)).messageKey());
    }
}
