-- Issue 20 (every figure holds) and 22: an item's key points are read a slice of comments at a time and counted in
-- SQL, so that an item of a million comments is read and summarised without loading every comment at once.
--
-- key_point_match keeps, beside each match, what the counts need of its comment as it was when it was last matched:
-- its side, its campaign (a form letter's copies count once as a text) and whether the public sees it. A reading
-- matches again the comments changed since the last one (a decision, a label, an edit) before its next slice, and the
-- lists read the comments themselves before quoting or linking one. campaign_id is a copy of comment.campaign_id:
-- the campaign's first comment, as there.
ALTER TABLE key_point_match ADD COLUMN side VARCHAR(8) NOT NULL DEFAULT '';
ALTER TABLE key_point_match ADD COLUMN campaign_id BIGINT NULL;
ALTER TABLE key_point_match ADD COLUMN is_public BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE key_point_match ADD CONSTRAINT fk_key_point_match_campaign FOREIGN KEY (campaign_id) REFERENCES comment (id);

-- How far the item's comments are matched (matched_to: the newest comment matched to the points as they stand;
-- swept_to: where the next slice of earlier ones starts again) and a digest of the points they were matched to (a
-- clerk's edit or a new proposal changes it: every comment is matched again, a slice at a time).
ALTER TABLE key_point_item ADD COLUMN matched_to BIGINT NOT NULL DEFAULT 0;
ALTER TABLE key_point_item ADD COLUMN swept_to BIGINT NOT NULL DEFAULT 0;
ALTER TABLE key_point_item ADD COLUMN points_digest VARCHAR(64) NULL;

-- the matches stored before have none of the above: every item is read again
UPDATE key_point_item SET matched_at = NULL;
