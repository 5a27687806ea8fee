-- Podium schema, version 9: the moderation queue newest first (reported, then appeals, then the newest comments)
-- reads this index in order instead of sorting every waiting comment.
CREATE INDEX ix_comment_queue_newest ON comment (queue_priority, received_at DESC, id DESC);
