package org.podium.insight.boundary;

/** A clerk changed the council's topics: after the commit every comment's topics are read again. */
public record TopicsChanged() {}
