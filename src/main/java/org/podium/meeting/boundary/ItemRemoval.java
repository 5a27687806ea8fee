package org.podium.meeting.boundary;

/**
 * Fired, in the removal's transaction, before an agenda item is removed: the features that keep something on the item
 * say how much (what residents filed on an item is part of the record, so an item with comments or speakers stays),
 * and, once nothing holds it, let go of what only pointed at it. The meeting feature sits below them and cannot ask
 * them by name; they answer here.
 */
public final class ItemRemoval {

    private final long itemId;
    private long comments;
    private long speakers;

    ItemRemoval(long itemId) {
        this.itemId = itemId;
    }

    public long itemId() {
        return itemId;
    }

    /** The comment feature: how many comments were filed on the item. */
    public void comments(long count) {
        this.comments = count;
    }

    /** The speaker feature: how many signed up to speak on it. */
    public void speakers(long count) {
        this.speakers = count;
    }

    long comments() {
        return comments;
    }

    long speakers() {
        return speakers;
    }

    boolean inUse() {
        return comments > 0 || speakers > 0;
    }

    /** Fired once the item may go (nothing was filed on it), still in the removal's transaction. */
    public record Removed(long itemId) {}
}
