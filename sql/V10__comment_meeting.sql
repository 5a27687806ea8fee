-- Podium schema, version 10: each comment carries its meeting (an agenda item never changes meetings), so that the
-- moderation queue of one meeting reads one index in the queue's order instead of joining every item's comments.
ALTER TABLE comment ADD COLUMN meeting_id BIGINT NULL;
UPDATE comment SET meeting_id = (SELECT i.meeting_id FROM agenda_item i WHERE i.id = comment.item_id);
CREATE INDEX ix_comment_meeting_queue ON comment (meeting_id, queue_priority, received_at, id);
