/**
 * Moderation: the clerks' decisions on comments ({@code Decisions}: publish, record only, reject with a reason,
 * redact, undo, the trail), the queue of comments waiting for one with its keyboard console, the clerk's panel of
 * decisions on a comment's page, and the moderation log. The reasons a clerk gives come from the council's posting
 * policy ({@code council}); the pre-screen that flags a comment on arrival runs in {@code comment.control}; the
 * comment records each decision ({@code comment_decision}, insert only).
 */
package org.podium.moderation;
