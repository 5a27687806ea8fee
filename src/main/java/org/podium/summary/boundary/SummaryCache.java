package org.podium.summary.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Item summaries kept ready on each instance, so that a request never waits for the counting (except the first one
 * on an item): when a comment of the item changes, the summary is computed again in the background — at most one run
 * at a time per item, changes during a run folded into the next, and the next run no sooner than a second, nor than
 * the last run took, after it (so that counting a large item never takes more than half of the time) — and the pages
 * that show it are told. A summary not refreshed for {@link #MAX_AGE_NANOS} (a change this instance never heard of) is
 * refreshed in the background on the next read.
 */
@ApplicationScoped
public class SummaryCache {

    static final long MAX_AGE_NANOS = 10_000_000_000L;
    static final long MIN_GAP_NANOS = 1_000_000_000L;

    static final class Entry {
        volatile ItemSummary summary;
        volatile long computedAt;
        /** How long the last count took. */
        volatile long computeNanos;

        volatile boolean dirty;
        final AtomicBoolean running = new AtomicBoolean();

        /** The summary as staff and as the public are sent it, written once per count (JSON, UTF-8). */
        volatile Written staff;

        volatile Written published;
    }

    /** A summary's JSON, and the count it was written from. */
    record Written(ItemSummary of, byte[] json) {}

    /** JSON-B as the API writes (thread-safe; only reading is configured differently, by JsonbStrict). */
    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    Summaries summaries;

    @Inject
    SummaryRefresher refresher;

    /** The item's summary as last computed (computed now when there is none yet). */
    public ItemSummary get(long itemId) {
        Entry e = entries.computeIfAbsent(itemId, k -> new Entry());
        if (e.summary == null) {
            synchronized (e) {
                if (e.summary == null) {
                    store(e, summaries.compute(itemId));
                }
            }
        } else if (System.nanoTime() - e.computedAt > MAX_AGE_NANOS) {
            e.dirty = true;
            schedule(itemId, e);
        }
        return e.summary;
    }

    /**
     * The item's summary as JSON for staff or for the public ({@code view} makes the one from the other), written
     * once per count: a summary of a million comments carries its key points (some 200 KB), and writing them for
     * every reader cost more than the read itself.
     */
    public byte[] json(long itemId, boolean staff, UnaryOperator<ItemSummary> view) {
        ItemSummary s = get(itemId);
        Entry e = entries.get(itemId);
        Written w = e == null ? null : staff ? e.staff : e.published;
        if (w != null && w.of() == s) {
            return w.json();
        }
        w = new Written(s, JSON.toJson(view.apply(s)).getBytes(StandardCharsets.UTF_8));
        if (e != null) {
            if (staff) {
                e.staff = w;
            } else {
                e.published = w;
            }
        }
        return w.json();
    }

    /** A comment of the item changed: refresh its summary if anyone has read it on this instance. */
    public void changed(long itemId) {
        Entry e = entries.get(itemId);
        if (e != null) {
            e.dirty = true;
            schedule(itemId, e);
        }
    }

    void schedule(long itemId, Entry e) {
        if (e.running.compareAndSet(false, true)) {
            refresher.refresh(itemId);
        }
    }

    Entry entry(long itemId) {
        return entries.get(itemId);
    }

    static void store(Entry e, ItemSummary s) {
        long now = System.nanoTime();
        e.summary = s;
        e.computeNanos = s.computeMillis() * 1_000_000;
        e.computedAt = now;
    }

    /** Forgets an item's summary (the item was removed, or a test wants it counted afresh). */
    public void forget(long itemId) {
        entries.remove(itemId);
    }
}
