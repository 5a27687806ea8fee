package org.podium.comment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.platform.SlidingWindowLimit;

class SubmissionLimitsTest {

    static SubmissionLimits limits(int perEmail, int perAddress) {
        SubmissionLimits l = new SubmissionLimits();
        l.config = new PodiumConfig() {
            @Override
            public int commentsPerEmailPerHour() {
                return perEmail;
            }

            @Override
            public int commentsPerAddressPerHour() {
                return perAddress;
            }
        };
        // the windows in memory here; in the container they are counted in the database (SharedLimits, ClusterIT)
        l.init(
                new SlidingWindowLimit(perEmail, Duration.ofHours(1), Clock.systemUTC()),
                new SlidingWindowLimit(perAddress, Duration.ofHours(1), Clock.systemUTC()));
        return l;
    }

    @Test
    void checkingCountsNothing_SoRetriesOfOneSubmissionNeverUseUpTheAllowance() {
        SubmissionLimits l = limits(2, 100);
        for (int i = 0; i < 50; i++) {
            l.check("rosa@example.org", "10.0.0.1");
        }
        l.count("rosa@example.org", "10.0.0.1");
        l.count("rosa@example.org", "10.0.0.1");
        PodiumException e = assertThrows(PodiumException.class, () -> l.check("rosa@example.org", "10.0.0.2"));
        assertEquals(429, e.status());
        assertTrue(e.retryAfterSeconds() > 0 && e.retryAfterSeconds() <= 3601, String.valueOf(e.retryAfterSeconds()));
        l.check("li@example.org", "10.0.0.1");
    }

    @Test
    void oneClientAddressIsLimitedWhateverTheAddressesItUses() {
        SubmissionLimits l = limits(100, 3);
        for (int i = 0; i < 3; i++) {
            l.count("sender" + i + "@example.org", "10.0.0.9");
        }
        assertEquals(
                429,
                assertThrows(PodiumException.class, () -> l.check("new@example.org", "10.0.0.9"))
                        .status());
        l.check("new@example.org", "10.0.0.10");
    }
}
