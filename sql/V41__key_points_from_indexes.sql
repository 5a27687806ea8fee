-- Issue 20 (every figure of docs/benchmarks.md holds): the key points made the summary of a million comments three
-- times slower, because three of their queries read every row of the item from the table itself:
--
-- * "changed since" (what a reading matches again before its next slice: updated_at > the last reading) had no index
--   to start from and scanned the item's comments for every slice; the stamp of the item's comments (their number,
--   the sum of their versions, the newest change and the newest id), which tells whether the key points' view must
--   be built again, read every row for its versions. ix_comment_item_updated answers both from the index alone.
-- * the sides' totals, the comments on a side and the proposal's sample read a comment's side (the clerk's label, the
--   declared position, the analysis' stance and whether it asks for review), whether the public sees it (status,
--   hidden) and its campaign; ix_comment_summary now carries these after the summary's own columns, so that those
--   queries, like the summary's counts, read the index alone. One index wider rather than one more on every insert.
-- * a campaign listed under "made once" counts its copies on the side (a form letter's copies may declare different
--   positions): ix_comment_campaign_side carries what the side and the public's view need, so that the count reads
--   the index and not every copy's row (200 campaigns of 500 copies: 100,000 rows for one view). It begins with
--   campaign_id, so it serves the campaign's foreign key and every query of ix_comment_campaign, which goes.
--
-- One statement each: the embedded database of the README's demo (H2) does not take MySQL's several changes in one.
CREATE INDEX ix_comment_item_updated ON comment (item_id, updated_at, version);
DROP INDEX ix_comment_summary ON comment;
CREATE INDEX ix_comment_summary ON comment (item_id, status, position, stance, channel, stance_mismatch, stance_review,
    stance_source, hidden_at, campaign_id);
CREATE INDEX ix_comment_campaign_side ON comment (campaign_id, status, position, stance, stance_source, stance_review,
    hidden_at);
-- the foreign key is dropped and added again around it: H2 will not drop an index a constraint holds
ALTER TABLE comment DROP FOREIGN KEY fk_comment_campaign;
DROP INDEX ix_comment_campaign ON comment;
ALTER TABLE comment ADD CONSTRAINT fk_comment_campaign FOREIGN KEY (campaign_id) REFERENCES comment (id);
