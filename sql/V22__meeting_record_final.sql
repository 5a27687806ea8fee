-- Issue 19: a meeting's state governs its items' comment windows. Whether the meeting's record is final is read with
-- every item (one column of the meeting, not a look-up in meeting_record per item).
ALTER TABLE meeting ADD COLUMN record_finalized_at DATETIME(6) NULL;

UPDATE meeting SET record_finalized_at = (SELECT r.finalized_at FROM meeting_record r WHERE r.meeting_id = meeting.id)
WHERE EXISTS (SELECT 1 FROM meeting_record r WHERE r.meeting_id = meeting.id);
