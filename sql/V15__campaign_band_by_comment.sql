-- Podium schema, version 15: an edited comment's old band keys are found by its id alone, so that removing them locks
-- only its own rows (a delete by item took the whole item's range and deadlocked concurrent arrivals).
CREATE INDEX ix_campaign_band_comment ON campaign_band (comment_id);
