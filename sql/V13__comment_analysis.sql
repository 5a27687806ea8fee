-- Podium schema, version 13: the analysis of comments. What the machine read in each comment (stance with its
-- confidence and source, tone, topics, campaign, the item it seems to be about); the clerks' stance labels, inserted
-- and never changed, which train each item's model and measure how often the machine agreed; the council's topics;
-- and the campaign index (a campaign's first comment keeps its MinHash fingerprint and its LSH band keys).

ALTER TABLE comment ADD COLUMN stance VARCHAR(8) NULL;
ALTER TABLE comment ADD COLUMN stance_confidence DOUBLE NULL;
-- CUE, GENERAL, ITEM (the machine) or CLERK (a clerk's label)
ALTER TABLE comment ADD COLUMN stance_source VARCHAR(8) NULL;
ALTER TABLE comment ADD COLUMN stance_review BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE comment ADD COLUMN stance_mismatch BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE comment ADD COLUMN tone DOUBLE NULL;
ALTER TABLE comment ADD COLUMN topics VARCHAR(1000) NULL;
-- the id of the campaign's first comment (a comment alone is its own campaign)
ALTER TABLE comment ADD COLUMN campaign_id BIGINT NULL;
ALTER TABLE comment ADD COLUMN text_hash BIGINT NULL;
ALTER TABLE comment ADD COLUMN fingerprint VARBINARY(256) NULL;
ALTER TABLE comment ADD COLUMN suggested_item_id BIGINT NULL;

CREATE INDEX ix_comment_item_text_hash ON comment (item_id, text_hash);
CREATE INDEX ix_comment_campaign ON comment (campaign_id);

CREATE TABLE campaign_band (
    item_id    BIGINT NOT NULL,
    band_key   BIGINT NOT NULL,
    comment_id BIGINT NOT NULL,
    CONSTRAINT pk_campaign_band PRIMARY KEY (item_id, band_key, comment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE stance_label (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    comment_id     BIGINT       NOT NULL,
    item_id        BIGINT       NOT NULL,
    stance         VARCHAR(8)   NOT NULL,
    machine_stance VARCHAR(8)   NULL,
    account_id     BIGINT       NULL,
    labelled_by    VARCHAR(100) NULL,
    labelled_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_stance_label PRIMARY KEY (id),
    CONSTRAINT fk_stance_label_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_stance_label_item ON stance_label (item_id, id);

CREATE TABLE topic (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    name       VARCHAR(120)  NOT NULL,
    keywords   VARCHAR(2000) NOT NULL,
    sort_order INT           NOT NULL,
    CONSTRAINT pk_topic PRIMARY KEY (id),
    CONSTRAINT uq_topic_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO topic (name, keywords, sort_order) VALUES
    ('Seniors and fixed incomes', 'senior, elderly, retired, retiree, fixed income, pension, social security, grandparent', 1),
    ('Shelter costs', 'rent, mortgage, housing, afford, affordable, homeowner, landlord, tenant, eviction, property tax, lose my home, lose our home', 2),
    ('Police and public safety', 'police, officer, crime, safety, safe, firefighter, fire department, emergency, 911', 3),
    ('Schools', 'school, teacher, student, education, classroom, children, kids', 4),
    ('Business impact', 'business, small business, shop, store, restaurant, jobs, employer, customer, economy', 5),
    ('Parks and libraries', 'park, library, libraries, pool, recreation, playground, trail', 6),
    ('Streets and transit', 'street, road, pothole, traffic, bus, transit, bike, sidewalk, parking', 7),
    ('Government spending', 'waste, budget, spending, salaries, overtime, efficiency, audit, consultant', 8);
