package city.civility.portal.platform.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.participation.RateLimits.Limit;

class RateLimitTest {

    @Test
    void aLimitIsWrittenAsTimesPerDuration() {
        assertEquals(new Limit(60, Duration.ofMinutes(1)), Limit.parse("60/PT1M"));
        assertEquals(new Limit(5, Duration.ofHours(1)), Limit.parse(" 5 / PT1H "));
    }

    @Test
    void aLimitThatMeansNothingIsRefusedWithWhatWasWritten() {
        for (String wrong : new String[] {"60", "60/minute", "0/PT1M", "x/PT1M", "5/PT0S"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Limit.parse(wrong));
            assertEquals(true, refused.getMessage().contains(wrong) || refused.getMessage().contains("at least once"), refused.getMessage());
        }
    }
}
