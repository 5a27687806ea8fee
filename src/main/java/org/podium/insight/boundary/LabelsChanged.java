package org.podium.insight.boundary;

/** A clerk labelled a comment of the item: after the commit its other comments are read again. */
public record LabelsChanged(long itemId) {}
