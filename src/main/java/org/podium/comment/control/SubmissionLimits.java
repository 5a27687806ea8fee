package org.podium.comment.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.platform.SlidingWindowLimit;

/** Velocity limits on new comments: per e-mail address and per client address, per hour (configurable). */
@ApplicationScoped
public class SubmissionLimits {

    @Inject
    PodiumConfig config;

    private SlidingWindowLimit perEmail;
    private SlidingWindowLimit perAddress;

    @PostConstruct
    void init() {
        perEmail = new SlidingWindowLimit(config.commentsPerEmailPerHour(), Duration.ofHours(1), Clock.systemUTC());
        perAddress = new SlidingWindowLimit(config.commentsPerAddressPerHour(), Duration.ofHours(1), Clock.systemUTC());
    }

    /** Counts one submission, or refuses it with 429 and the time to wait. */
    public void acquire(String email, String clientAddress) {
        long wait = perAddress.waitSeconds(String.valueOf(clientAddress));
        if (wait == 0 && email != null) {
            wait = perEmail.tryAcquire(email);
        }
        if (wait > 0) {
            throw PodiumException.tooMany(wait, "comment.throttled", Math.max(1, (wait + 59) / 60));
        }
        perAddress.record(String.valueOf(clientAddress));
    }
}
