package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each item's key points as last built on this instance, by a stamp of when its comments were last matched (a
 * reading here or on another instance, after a comment or a clerk's edit) and of its comments themselves (any filed
 * or changed: a decision hides a rejected comment at once): only a new stamp builds them again, so the item's summary,
 * computed again each second under load, reads no comment for them in between.
 */
@ApplicationScoped
public class KeyPointViews {

    private record Entry(String stamp, ItemKeyPoints.Views views) {}

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** Per item, how many edits were committed here: a build begun before one is not kept after it. */
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();

    ItemKeyPoints.Views get(long itemId, String stamp) {
        Entry e = entries.get(itemId);
        return e != null && e.stamp().equals(stamp) ? e.views() : null;
    }

    /** A clerk's edit committed: built again on the next read (the reading that follows stamps it anew as well). */
    synchronized void forget(long itemId) {
        generations.merge(itemId, 1L, Long::sum);
        entries.remove(itemId);
    }

    long generation(long itemId) {
        return generations.getOrDefault(itemId, 0L);
    }

    /** Keeps what was built, unless an edit was committed since {@code generation} was read. */
    void put(long itemId, long generation, String stamp, ItemKeyPoints.Views views) {
        synchronized (this) {
            if (generation(itemId) == generation) {
                entries.put(itemId, new Entry(stamp, views));
            }
        }
    }
}
