-- The lock that keeps two groupings of one item's campaigns from running side by side (on any instance). It used to
-- be the item's own row, which every new comment's foreign key reads with a shared lock: each grouping then held up
-- every submission to the item. A row of its own conflicts with nothing a submission does.
CREATE TABLE campaign_grouping (
    item_id BIGINT NOT NULL,
    CONSTRAINT pk_campaign_grouping PRIMARY KEY (item_id),
    CONSTRAINT fk_campaign_grouping_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE CASCADE
) ENGINE=InnoDB;

INSERT INTO campaign_grouping (item_id) SELECT id FROM agenda_item;
