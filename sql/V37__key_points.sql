-- Issue 22: the key points of an item, per side, and the comments that make each. A key point is a sentence a
-- resident wrote (source_comment_id: proposed by the analysis from that comment) or a clerk's wording
-- (source_comment_id null, or by_clerk once renamed). by_clerk points are never replaced by a new proposal; retired
-- ones are never proposed again; a merged point stays (retired, merged_into) so that its wording still finds its
-- comments for the point it went into.
CREATE TABLE key_point (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    item_id           BIGINT       NOT NULL,
    side              VARCHAR(8)   NOT NULL,
    text              VARCHAR(500) NOT NULL,
    source_comment_id BIGINT       NULL,
    by_clerk          BOOLEAN      NOT NULL DEFAULT FALSE,
    retired           BOOLEAN      NOT NULL DEFAULT FALSE,
    merged_into       BIGINT       NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_key_point PRIMARY KEY (id),
    CONSTRAINT fk_key_point_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_key_point_source FOREIGN KEY (source_comment_id) REFERENCES comment (id),
    CONSTRAINT fk_key_point_merged FOREIGN KEY (merged_into) REFERENCES key_point (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_key_point_item ON key_point (item_id, side, retired);

-- Which comments make which point (a comment: none, one or several), with the matcher's probability.
CREATE TABLE key_point_match (
    key_point_id BIGINT NOT NULL,
    comment_id   BIGINT NOT NULL,
    probability  DOUBLE NOT NULL,
    CONSTRAINT pk_key_point_match PRIMARY KEY (key_point_id, comment_id),
    CONSTRAINT fk_key_point_match_point FOREIGN KEY (key_point_id) REFERENCES key_point (id),
    CONSTRAINT fk_key_point_match_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_key_point_match_comment ON key_point_match (comment_id);

-- One row per item whose key points were read: the lock a reading takes (one at a time per item, across instances)
-- and how many distinct texts the last proposal was made from (a new one when the item has grown by a quarter).
CREATE TABLE key_point_item (
    item_id         BIGINT       NOT NULL,
    proposed_from   INT          NOT NULL DEFAULT 0,
    proposed_at     TIMESTAMP(6) NULL,
    matched_at      TIMESTAMP(6) NULL,
    CONSTRAINT pk_key_point_item PRIMARY KEY (item_id),
    CONSTRAINT fk_key_point_item_item FOREIGN KEY (item_id) REFERENCES agenda_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
