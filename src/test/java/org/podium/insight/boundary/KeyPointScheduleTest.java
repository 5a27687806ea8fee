package org.podium.insight.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void noPauseLastsLongerThanAMinute() {
        assertEquals(KeyPointSchedule.MAX_GAP_NANOS, KeyPointSchedule.gapAfter(40 * SECOND));
        assertEquals(60 * SECOND, KeyPointSchedule.MAX_GAP_NANOS);
    }

    @Test
    void aClerksEditEndsAPauseAtOnce() throws Exception {
        KeyPointSchedule.Entry e = new KeyPointSchedule.Entry();
        long start = System.nanoTime();
        Thread reader = new Thread(() -> {
            try {
                e.pauseUntil(start + 30 * SECOND);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        // the edit comes while the reading is pausing (not before it began, which would prove nothing)
        while (reader.getState() != Thread.State.TIMED_WAITING && System.nanoTime() - start < 10 * SECOND) {
            Thread.onSpinWait();
        }
        assertEquals(Thread.State.TIMED_WAITING, reader.getState(), "the reading pauses");
        e.hurry();
        reader.join(10_000);
        assertFalse(reader.isAlive(), "the pause ended with the edit, not after its 30 s");
        assertTrue(e.urgent);
    }

    @Test
    void aPauseWithoutAnEditLastsItsTime() throws Exception {
        KeyPointSchedule.Entry e = new KeyPointSchedule.Entry();
        long start = System.nanoTime();
        e.pauseUntil(start + SECOND / 5);
        assertTrue(System.nanoTime() - start >= SECOND / 5);
    }
}
