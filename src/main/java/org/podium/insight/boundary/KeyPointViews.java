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

    ItemKeyPoints.Views get(long itemId, String stamp) {
        Entry e = entries.get(itemId);
        return e != null && e.stamp().equals(stamp) ? e.views() : null;
    }

    void put(long itemId, String stamp, ItemKeyPoints.Views views) {
        entries.put(itemId, new Entry(stamp, views));
    }
}
