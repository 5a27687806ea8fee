package org.podium.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(3, 4, Duration.ofMinutes(15), clock);

    @Test
    void theAccountIsThrottledAfterTheLimitWhateverTheAddress() {
        throttle.failed("a@x.org", "10.0.0.1");
        throttle.failed("a@x.org", "10.0.0.2");
        assertEquals(0, throttle.retryAfterSeconds("a@x.org", "10.0.0.3"));
        throttle.failed("a@x.org", "10.0.0.3");
        long wait = throttle.retryAfterSeconds("a@x.org", "10.0.0.4");
        assertTrue(wait > 14 * 60 && wait <= 15 * 60 + 1, "wait " + wait);
    }

    @Test
    void theAddressIsThrottledAcrossAccounts() {
        throttle.failed("a@x.org", "10.0.0.9");
        throttle.failed("b@x.org", "10.0.0.9");
        throttle.failed("c@x.org", "10.0.0.9");
        assertEquals(0, throttle.retryAfterSeconds("d@x.org", "10.0.0.9"));
        throttle.failed("e@x.org", "10.0.0.9");
        assertTrue(throttle.retryAfterSeconds("d@x.org", "10.0.0.9") > 0);
        assertEquals(0, throttle.retryAfterSeconds("d@x.org", "10.0.0.10"));
    }

    @Test
    void failuresAgeOutOfTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("a@x.org", "10.0.0.1");
        }
        assertTrue(throttle.retryAfterSeconds("a@x.org", "10.0.0.1") > 0);
        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertEquals(0, throttle.retryAfterSeconds("a@x.org", "10.0.0.1"));
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("a@x.org", "10.0.0.1");
        }
        throttle.failed("b@x.org", "10.0.0.1");
        throttle.succeeded("a@x.org");
        assertEquals(0, throttle.retryAfterSeconds("a@x.org", "10.0.0.2"));
        assertTrue(throttle.retryAfterSeconds("a@x.org", "10.0.0.1") > 0);
    }
}
