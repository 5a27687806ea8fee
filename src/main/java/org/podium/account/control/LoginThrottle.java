package org.podium.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxPerAccount} failed logins for one account within the window, or
 * {@code maxPerAddress} from one address (higher: a city hall's staff share one address behind NAT), further attempts
 * are refused until the oldest failure leaves the window. A success clears the account's failures (not the
 * address's). Kept in memory, per instance.
 */
public class LoginThrottle {

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds to wait before another attempt is allowed, or 0 when it may go ahead. */
    public long retryAfterSeconds(String account, String address) {
        return Math.max(wait("a:" + account, maxPerAccount), wait("ip:" + address, maxPerAddress));
    }

    public void failed(String account, String address) {
        add("a:" + account, maxPerAccount);
        add("ip:" + address, maxPerAddress);
    }

    public void succeeded(String account) {
        failures.remove("a:" + account);
    }

    private long wait(String key, int maxFailures) {
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

    private void add(String key, int maxFailures) {
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
