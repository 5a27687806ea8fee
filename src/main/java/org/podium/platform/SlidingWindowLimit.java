package org.podium.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code max} events per key within a sliding window: once a key has that many, it waits until the oldest one
 * leaves the window. Kept in memory, per instance. Keys without events in the window are dropped: at most once per
 * window length, the next event sweeps the map (a flood of one-time keys, e.g. made-up addresses, does not stay).
 */
public class SlidingWindowLimit implements RateWindow {

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    public SlidingWindowLimit(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
        this.nextSweep = new AtomicLong(clock.millis() + window.toMillis());
    }

    /** Seconds until the key may act again, or 0 when it may now. */
    @Override
    public long waitSeconds(String key) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            if (times.size() < max) {
                return 0;
            }
            Instant free = times.peekFirst().plus(window);
            return Math.max(1, Duration.between(clock.instant(), free).toSeconds() + 1);
        }
    }

    @Override
    public void record(String key) {
        // compute runs atomically per key, so a sweep never drops a deque an event is being added to
        events.compute(key, (k, times) -> {
            Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
            synchronized (t) {
                prune(t);
                t.addLast(clock.instant());
                while (t.size() > max * 4) {
                    t.removeFirst();
                }
            }
            return t;
        });
        long due = nextSweep.get();
        long now = clock.millis();
        if (now >= due && nextSweep.compareAndSet(due, now + window.toMillis())) {
            for (String k : events.keySet()) {
                events.computeIfPresent(k, (kk, t) -> {
                    synchronized (t) {
                        prune(t);
                        return t.isEmpty() ? null : t;
                    }
                });
            }
        }
    }

    /** How many keys are held (for tests). */
    int keys() {
        return events.size();
    }

    @Override
    public void clear(String key) {
        events.remove(key);
    }

    private void prune(Deque<Instant> times) {
        Instant horizon = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
