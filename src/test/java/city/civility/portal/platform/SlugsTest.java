package city.civility.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @Test
    void latinIsTrimmedAndLowerCased() {
        assertEquals("volunteer-2026", Slugs.require("  Volunteer-2026 "));
        assertEquals("5a", Slugs.require("5A"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"文明交通", "wenming文明", "ｗｅｎｍｉｎｇ", "bad slug!", "a_b", "news/local", "-lead", "a", "x.y"})
    void chineseFullWidthPunctuationAndTooShortAreRefused(String typed) {
        assertEquals("slug.invalid", assertThrows(RuleViolation.class, () -> Slugs.require(typed)).messageKey());
    }

    @Test
    void anAddressHasAtMost64Characters() {
        String longest = "a".repeat(64);
        assertEquals(longest, Slugs.require(longest));
        assertThrows(RuleViolation.class, () -> Slugs.require(longest + "a"));
    }
}
