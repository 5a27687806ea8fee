package org.podium.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins within the window, further attempts for the
 * same account, or from the same address, are refused until the oldest failure leaves the window. A success clears
 * the account's failures (not the address's). Kept in memory, per instance.
 */
public class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds to wait before another attempt is allowed, or 0 when it may go ahead. */
    public long retryAfterSeconds(String account, String address) {
        return Math.max(wait("a:" + account), wait("ip:" + address));
    }

    public void failed(String account, String address) {
        add("a:" + account);
        add("ip:" + address);
    }

    public void succeeded(String account) {
        failures.remove("a:" + account);
    }

    private long wait(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            if (times.size() < maxFailures) {
                return 0;
            }
            Instant free = times.peekFirst().plus(window);
            return Math.max(1, Duration.between(clock.instant(), free).toSeconds() + 1);
        }
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
            while (times.size() > maxFailures * 4) {
                times.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> times) {
        Instant horizon = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
