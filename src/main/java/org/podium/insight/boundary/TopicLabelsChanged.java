package org.podium.insight.boundary;

/** A clerk decided a topic of a comment of this item (fired in the clerk's transaction). */
public record TopicLabelsChanged(long itemId) {}
