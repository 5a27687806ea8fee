package org.podium.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyReadLimitTest {

    @Test
    void aBodyIsGivenItsGraceThenMustKeepTheMinimumRate() {
        assertFalse(BodyReadLimit.Bounded.tooSlow(0, BodyReadLimit.GRACE_MILLIS), "nothing yet, within the grace");
        assertTrue(BodyReadLimit.Bounded.tooSlow(10, BodyReadLimit.GRACE_MILLIS + 1), "a byte a second: cut off");
        long tenSeconds = 10_000;
        assertFalse(BodyReadLimit.Bounded.tooSlow(BodyReadLimit.MIN_BYTES_PER_SECOND * 10, tenSeconds), "at the rate");
        assertTrue(BodyReadLimit.Bounded.tooSlow(BodyReadLimit.MIN_BYTES_PER_SECOND * 10 - 1, tenSeconds));
        // three attachments of 10 MB over a slow line of 256 KB/s: two minutes, well above the rate
        assertFalse(BodyReadLimit.Bounded.tooSlow(30L << 20, 120_000));
    }
}
