/**
 * Moderation: the clerks' queue of comments waiting for a decision, its keyboard console and the moderation log. The
 * reasons a clerk gives come from the council's posting policy ({@code council}); the pre-screen that flags a comment
 * on arrival runs in {@code comment.control}. Still in {@code comment}, to be moved here: the decisions themselves
 * ({@code Comments.decide}, {@code redact}, {@code undo}) and the clerk's half of the comment page (ArchitectureTest
 * lists that edge).
 */
package org.podium.moderation;
