package city.civility.portal.platform.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The public version moves on with every change, whatever the clock of the machine making it says. */
class PublicVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void aChangeMovesTheVersionToItsTime() {
        PublicVersion version = at(NOW);
        version.advance(NOW.plusSeconds(5));
        assertEquals(NOW.plusSeconds(5), version.getChangedAt());
    }

    @Test
    void aChangeOnAMachineWhoseClockIsBehindStillMovesItOn() {
        PublicVersion version = at(NOW);
        version.advance(NOW.minus(Duration.ofMillis(300)));
        assertTrue(version.getChangedAt().isAfter(NOW), "every page cache sees a new version: " + version.getChangedAt());
        Instant first = version.getChangedAt();
        version.advance(NOW.minus(Duration.ofMillis(300)));
        assertTrue(version.getChangedAt().isAfter(first), "and a second such change moves it on again");
    }

    private static PublicVersion at(Instant instant) {
        return new PublicVersion(instant);
    }
}
