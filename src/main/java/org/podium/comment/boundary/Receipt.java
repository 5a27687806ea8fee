package org.podium.comment.boundary;

import org.podium.comment.entity.CommentStatus;

/**
 * What a submission gets back: the tracking number and status, whether this call created the comment (false for a
 * replay of the same idempotency key), and, on creation only, the author's key for the manage link.
 */
public record Receipt(String trackingNumber, CommentStatus status, boolean created, String authorKey) {}
