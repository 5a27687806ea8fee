package org.podium.comment.entity;

/**
 * A stored comment changed (a decision, hidden after reports, an edit, withdrawn): fired as the change is flushed;
 * observe it after the commit.
 */
public record CommentChanged(long commentId, long itemId) {}
