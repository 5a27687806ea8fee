package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.podium.comment.entity.CommentChanged;
import org.podium.comment.entity.ItemCommentsChanged;

/**
 * When an item's key points are read again: after its comments change (a comment filed, published, labelled …), in
 * the background, at most one reading at a time per item on this instance, changes during a reading folded into the
 * next, and the next no sooner than {@link #MIN_GAP_NANOS} nor than {@link #PACE} times the CPU time the last one took
 * after it, and at most {@link #MAX_GAP_NANOS}: reading a large item under a crowd of new comments (each of them
 * embedded by the sentence model) takes at most a quarter of one core, and the submissions keep the rest; the readings
 * catch up when the crowd thins. A clerk's edit ends a pause and asks for a reading at once.
 */
@ApplicationScoped
public class KeyPointSchedule {

    static final long MIN_GAP_NANOS = 2_000_000_000L;

    /** How many times its CPU time the pause after a reading lasts at least. */
    static final int PACE = 3;

    /** The longest pause: what a council member reads is never older than this and one reading. */
    static final long MAX_GAP_NANOS = 60_000_000_000L;

    /** The pause after a reading that took {@code tookNanos} of CPU. */
    static long gapAfter(long tookNanos) {
        return Math.min(MAX_GAP_NANOS, Math.max(MIN_GAP_NANOS, PACE * tookNanos));
    }

    static final class Entry {
        volatile boolean dirty;
        volatile boolean propose;
        /** A clerk waits for it: no gap before it. */
        volatile boolean urgent;

        volatile long doneAt;
        volatile long tookNanos;
        final AtomicBoolean running = new AtomicBoolean();

        /** Waits until {@code nanoTime} (of {@link System#nanoTime()}), or less when a clerk asks ({@link #hurry}). */
        synchronized void pauseUntil(long nanoTime) throws InterruptedException {
            long left;
            while (!urgent && (left = nanoTime - System.nanoTime()) > 0) {
                wait(Math.max(1, left / 1_000_000));
            }
        }

        /** A clerk waits: the reading starts now. */
        synchronized void hurry() {
            urgent = true;
            notifyAll();
        }
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    KeyPointRefresher refresher;

    @Inject
    KeyPointViews views;

    @Inject
    KeyPointFlags flags;

    void commentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemCommentsChanged event) {
        changed(event.itemId(), false);
    }

    /** A comment changed: what the counts read of it follows at once, before the next reading. */
    void commentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentChanged event) {
        flags.sync(event.commentId(), event.itemId());
    }

    void edited(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyPointEdits.Edited event) {
        views.forget(event.itemId()); // the clerk's page, shown right after, has the new wording
        Entry e = entries.computeIfAbsent(event.itemId(), k -> new Entry());
        e.hurry();
        changed(event.itemId(), false);
    }

    /** Reads the item's key points again soon; {@code propose}: with a new proposal. */
    public void changed(long itemId, boolean propose) {
        Entry e = entries.computeIfAbsent(itemId, k -> new Entry());
        e.propose |= propose;
        if (propose) {
            e.hurry();
        }
        e.dirty = true;
        if (e.running.compareAndSet(false, true)) {
            refresher.run(itemId, e);
        }
    }

    /** Whether a reading of the item is waiting or running on this instance. */
    public boolean busy(long itemId) {
        Entry e = entries.get(itemId);
        return e != null && (e.dirty || e.running.get());
    }
}
