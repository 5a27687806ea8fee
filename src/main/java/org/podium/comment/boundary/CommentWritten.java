package org.podium.comment.boundary;

import org.podium.comment.entity.Comment;

/**
 * A comment's text was stored or changed (a submission, a clerk's intake, an author's edit), inside the transaction
 * that wrote it. Observed synchronously by the analysis (insight), which reads the text in that same transaction, so
 * that the comment never commits unread; comment does not know who reads it.
 */
public record CommentWritten(Comment comment) {}
