-- The item summary (issue 7) reads an item's comments by status, position, the analysis' stance and channel, by
-- ward, by campaign and by hour of arrival; each of these indexes answers one of its queries from the index alone.
CREATE INDEX ix_comment_summary ON comment (item_id, status, position, stance, channel, stance_mismatch, stance_review);
CREATE INDEX ix_comment_item_ward ON comment (item_id, status, ward);
CREATE INDEX ix_comment_item_campaign ON comment (item_id, campaign_id, status);
CREATE INDEX ix_comment_item_received ON comment (item_id, received_at);
