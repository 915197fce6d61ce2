package city.civility.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FraudSignalsTest {

    @Test
    void aSubnetIsWhatOneHouseholdOrOfficeShares() {
        assertEquals("203.0.113.0/24", FraudSignals.subnetOf("203.0.113.77"));
        assertEquals("2001:0db8:0aa1::/48", FraudSignals.subnetOf("2001:db8:aa1:1::7"));
    }

    @Test
    void nightMayRunPastMidnightInTheOfficesTimeZone() {
        FraudSignals signals = new FraudSignals();
        signals.perAddressText = "10/PT10M";
        signals.perSubnetText = "50/PT10M";
        signals.atNightText = "5/PT10M";
        signals.sameChoicesText = "30/PT5M";
        signals.nightText = "23:00-06:00";
        signals.readThresholds();
        assertTrue(signals.isNight(Instant.parse("2026-11-26T15:30:00Z"))); // 23:30 in 江川
        assertTrue(signals.isNight(Instant.parse("2026-11-26T19:00:00Z"))); // 03:00
        assertFalse(signals.isNight(Instant.parse("2026-11-26T22:00:00Z"))); // 06:00
        assertFalse(signals.isNight(Instant.parse("2026-11-26T04:00:00Z"))); // 12:00
    }
}
