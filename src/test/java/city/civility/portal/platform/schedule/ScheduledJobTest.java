package city.civility.portal.platform.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ScheduledJobTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration HOURLY = Duration.ofHours(1);

    @Test
    void aNewJobIsDueAtOnceAndThenAfterItsPeriod() {
        ScheduledJob job = new ScheduledJob("search.prune-log", NOW);
        assertTrue(job.isDue(NOW, HOURLY));
        job.ran(NOW, HOURLY, "1@portal-a");
        assertFalse(job.isDue(NOW.plus(Duration.ofMinutes(59)), HOURLY));
        assertTrue(job.isDue(NOW.plus(HOURLY), HOURLY));
        assertEquals("1@portal-a", job.getLastRunBy());
    }

    @Test
    void aClockSetBackDoesNotStallTheJob() {
        ScheduledJob job = new ScheduledJob("news.publish-due", NOW);
        job.ran(NOW, HOURLY, "1@portal-a");
        // Another instance's clock, or this one after a correction, is a day behind.
        assertTrue(job.isDue(NOW.minus(Duration.ofDays(1)), HOURLY));
    }
}
