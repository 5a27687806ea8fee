package org.podium.comment.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.podium.platform.Identities;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.platform.RateWindow;
import org.podium.platform.SharedLimits;

/**
 * Velocity limits on new comments: per mailbox (tagged addresses count as their mailbox) and per client network (an
 * IPv6 client's /64), per hour (configurable), counted in the database for the whole cluster.
 */
@ApplicationScoped
public class SubmissionLimits {

    @Inject
    PodiumConfig config;

    @Inject
    SharedLimits shared;

    private RateWindow perEmail;
    private RateWindow perAddress;

    /** Counted in the database: every instance of a cluster counts the same comments. */
    @PostConstruct
    void init() {
        init(
                SharedLimits.window(shared, "comment.mailbox", config.commentsPerEmailPerHour(), Duration.ofHours(1)),
                SharedLimits.window(
                        shared, "comment.network", config.commentsPerAddressPerHour(), Duration.ofHours(1)));
    }

    void init(RateWindow perEmail, RateWindow perAddress) {
        this.perEmail = perEmail;
        this.perAddress = perAddress;
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
