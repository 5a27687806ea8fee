package org.podium.comment.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.podium.platform.Identities;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.platform.SlidingWindowLimit;

/**
 * Velocity limits on new comments: per mailbox (tagged addresses count as their mailbox) and per client network (an
 * IPv6 client's /64), per hour (configurable).
 */
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

    /**
     * Refuses a submission with 429 and the time to wait when either limit is reached; counts nothing. A submission
     * is counted by {@link #count} once it is stored, so that retries of one submission (the same idempotency key,
     * answered with the first receipt) never use up the sender's allowance.
     */
    public void check(String email, String clientAddress) {
        long wait = perAddress.waitSeconds(String.valueOf(Identities.network(clientAddress)));
        if (wait == 0 && email != null) {
            wait = perEmail.waitSeconds(Identities.mailbox(email));
        }
        if (wait > 0) {
            throw PodiumException.tooMany(wait, "comment.throttled", Math.max(1, (wait + 59) / 60));
        }
    }

    /** Counts a stored submission against both limits. */
    public void count(String email, String clientAddress) {
        perAddress.record(String.valueOf(Identities.network(clientAddress)));
        if (email != null) {
            perEmail.record(Identities.mailbox(email));
        }
    }
}
