-- The item summary (issue 7) reads an item's comments by status, position, the analysis' stance and channel, by
-- ward, by campaign, by topics and by hour of arrival; each of these indexes answers one of its queries from the
-- index alone. The topics column is shortened to fit an index key (600 characters of utf8mb4 are 2,400 bytes, under
-- InnoDB's 3,072); Podium keeps a comment's topics within it.
UPDATE comment SET topics = LEFT(topics, 600) WHERE CHAR_LENGTH(topics) > 600;
ALTER TABLE comment MODIFY COLUMN topics VARCHAR(600) NULL;
CREATE INDEX ix_comment_summary ON comment (item_id, status, position, stance, channel, stance_mismatch, stance_review);
CREATE INDEX ix_comment_item_ward ON comment (item_id, status, ward);
CREATE INDEX ix_comment_item_campaign ON comment (item_id, campaign_id, status);
CREATE INDEX ix_comment_item_topics ON comment (item_id, status, position, topics);
CREATE INDEX ix_comment_item_received ON comment (item_id, status, received_at);
