package city.civility.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** An index's place in the search log: no change is skipped when transactions commit out of id order. */
class LogPositionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void anIdCommittedAfterALargerOneIsStillLookedFor() {
        // Transaction A took id 11, B took 12; B committed first, so the reader saw 10 and 12.
        LogPosition seen = new LogPosition(9, List.of()).after(List.of(10L, 12L), NOW);
        assertEquals(12, seen.appliedThrough());
        assertEquals(List.of(new LogPosition.Gap(11, 11, NOW)), seen.gaps());
        // A commits: its row is found in the gap, and nothing is left to look for.
        assertEquals(List.of(), seen.filled(List.of(11L)).gaps());
    }

    @Test
    void aRowFoundInsideALongGapSplitsIt() {
        LogPosition seen = new LogPosition(0, List.of()).after(List.of(100L), NOW);
        assertEquals(List.of(new LogPosition.Gap(1, 99, NOW)), seen.gaps());
        assertEquals(List.of(new LogPosition.Gap(1, 49, NOW), new LogPosition.Gap(51, 97, NOW), new LogPosition.Gap(99, 99, NOW)),
                seen.filled(List.of(50L, 98L)).gaps());
    }

    @Test
    void gapsAreGivenUpOnlyAfterAnyTransactionWouldHaveEnded() {
        LogPosition seen = new LogPosition(0, List.of()).after(List.of(3L), NOW);
        assertEquals(seen, seen.withoutExpiredGaps(NOW.plus(LogPosition.GAP_PATIENCE)));
        assertEquals(List.of(), seen.withoutExpiredGaps(NOW.plus(LogPosition.GAP_PATIENCE).plus(Duration.ofMillis(1))).gaps());
    }

    @Test
    void aRebuiltIndexLooksAgainForIdsNotVisibleWhenItStarted() {
        // Newest row 20, nothing pruned; 17 and 18 belong to transactions still running.
        LogPosition rebuilt = LogPosition.rebuiltAt(20, 0, List.of(15L, 16L, 19L, 20L), NOW);
        assertEquals(20, rebuilt.appliedThrough());
        assertEquals(List.of(new LogPosition.Gap(1, 14, NOW), new LogPosition.Gap(17, 18, NOW)), rebuilt.gaps());
        // Pruned ids are gone from the log, not missing.
        assertEquals(List.of(new LogPosition.Gap(17, 18, NOW)), LogPosition.rebuiltAt(20, 14, List.of(15L, 16L, 19L, 20L), NOW).gaps());
        assertEquals(new LogPosition(30, List.of()), LogPosition.rebuiltAt(30, 30, List.of(), NOW));
    }

    @Test
    void anIndexBehindThePrunedLogHasMissedChanges() {
        LogPosition position = new LogPosition(41, List.of());
        assertFalse(position.missed(41));
        assertTrue(position.missed(42));
    }

    @Test
    void thePositionSurvivesTheIndexCommitData() {
        LogPosition position = new LogPosition(0, List.of()).after(List.of(4L, 9L), NOW);
        assertEquals(position, LogPosition.fromCommitData(position.commitData()));
        assertEquals(new LogPosition(7, List.of()), LogPosition.fromCommitData(new LogPosition(7, List.of()).commitData()));
        assertNull(LogPosition.fromCommitData(Map.of("format", "portal-search-2")), "an index from before the log records no position");
    }
}
