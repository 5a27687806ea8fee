package org.podium.insight.boundary;

/** An item's key points were read again or edited (its summary counts them). */
public record KeyPointsChanged(long itemId) {}
