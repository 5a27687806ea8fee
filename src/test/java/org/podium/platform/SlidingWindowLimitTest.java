package org.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlidingWindowLimitTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-05T12:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }
    }

    final TestClock clock = new TestClock();
    final SlidingWindowLimit limit = new SlidingWindowLimit(3, Duration.ofMinutes(15), clock);

    @Test
    void aKeyWaitsOnceItHasTheMaximumUntilItsOldestEventLeavesTheWindow() {
        assertEquals(0, limit.waitSeconds("a"));
        limit.record("a");
        clock.pass(Duration.ofMinutes(5));
        limit.record("a");
        limit.record("a");
        assertEquals(600 + 1, limit.waitSeconds("a"), "the oldest leaves in 10 minutes (rounded up)");
        assertEquals(0, limit.waitSeconds("b"), "other keys are not affected");
        clock.pass(Duration.ofMinutes(10));
        assertEquals(0, limit.waitSeconds("a"), "the first event has left the window");
        limit.record("a");
        assertEquals(300 + 1, limit.waitSeconds("a"));
    }

    @Test
    void clearingForgetsAKey() {
        for (int i = 0; i < 3; i++) {
            limit.record("a");
        }
        limit.clear("a");
        assertEquals(0, limit.waitSeconds("a"));
    }

    @Test
    void keysWithoutRecentEventsAreDropped() {
        for (int i = 0; i < 1000; i++) {
            limit.record("made-up-" + i + "@example.org");
        }
        assertEquals(1000, limit.keys());
        clock.pass(Duration.ofMinutes(16));
        limit.record("one more");
        assertEquals(1, limit.keys(), "a thousand idle keys held after their window");
        assertEquals(0, limit.waitSeconds("made-up-1@example.org"));
    }

    @Test
    void aFloodOfOneKeyIsHeldAtABoundedSize() {
        for (int i = 0; i < 10_000; i++) {
            limit.record("flood");
        }
        assertEquals(1, limit.keys());
        assertEquals(900 + 1, limit.waitSeconds("flood"));
    }
}
