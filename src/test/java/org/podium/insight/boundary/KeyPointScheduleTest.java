package org.podium.insight.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How long the background waits between two readings of an item's key points. */
class KeyPointScheduleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aQuickReadingIsFollowedByTheShortestPause() {
        assertEquals(KeyPointSchedule.MIN_GAP_NANOS, KeyPointSchedule.gapAfter(SECOND / 10));
        assertEquals(KeyPointSchedule.MIN_GAP_NANOS, KeyPointSchedule.gapAfter(0));
    }

    @Test
    void aLongReadingKeepsToAQuarterOfTheTime() {
        long took = 4 * SECOND; // a crowd's new comments embedded by the sentence model
        long gap = KeyPointSchedule.gapAfter(took);
        assertEquals(12 * SECOND, gap);
        assertEquals(0.25, (double) took / (took + gap), 1e-9);
    }
}
