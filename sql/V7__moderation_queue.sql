-- Podium schema, version 7: the moderation queue lists comments by status, oldest first, across every meeting.
CREATE INDEX ix_comment_status_received ON comment (status, received_at, id);
