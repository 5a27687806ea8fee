package org.podium.insight.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Thread clerk = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            e.hurry();
        });
        clerk.start();
        e.pauseUntil(start + 30 * SECOND);
        long waited = System.nanoTime() - start;
        clerk.join();
        assertTrue(waited < 10 * SECOND, "the pause ended with the edit, after " + waited / 1_000_000 + " ms");
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
