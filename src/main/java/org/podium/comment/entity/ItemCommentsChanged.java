package org.podium.comment.entity;

/** A comment of the item was stored or changed (fired as the change is flushed; observe it after the commit). */
public record ItemCommentsChanged(long itemId) {}
