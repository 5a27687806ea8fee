-- Podium schema, version 8: moderation. The pre-screen's flags and suggested redactions, the clerk's redactions, the
-- queue's order (reported first, then appeals, then the rest), residents' reports and the author's one appeal, the
-- council's auto-publish and report threshold, and the trail of every moderation decision (inserted, never changed:
-- an undo is a decision of its own that names the one it undoes).

ALTER TABLE comment ADD COLUMN flags VARCHAR(120) NULL;
ALTER TABLE comment ADD COLUMN suggested_redactions VARCHAR(2000) NULL;
ALTER TABLE comment ADD COLUMN redactions VARCHAR(2000) NULL;
-- 0 reported and hidden, 1 appeal, 2 waiting for a first decision; NULL: not in the queue
ALTER TABLE comment ADD COLUMN queue_priority SMALLINT NULL;
ALTER TABLE comment ADD COLUMN report_count INT NOT NULL DEFAULT 0;
ALTER TABLE comment ADD COLUMN hidden_at DATETIME(6) NULL;
ALTER TABLE comment ADD COLUMN appeal_text VARCHAR(2000) NULL;
ALTER TABLE comment ADD COLUMN appealed_at DATETIME(6) NULL;

UPDATE comment SET queue_priority = 2 WHERE status = 'RECEIVED';

CREATE INDEX ix_comment_queue ON comment (queue_priority, received_at, id);
CREATE INDEX ix_comment_client_received ON comment (client_address, received_at);

ALTER TABLE council_settings ADD COLUMN auto_publish BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE council_settings ADD COLUMN report_threshold INT NOT NULL DEFAULT 3;

CREATE TABLE comment_decision (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    comment_id        BIGINT        NOT NULL,
    decided_at        DATETIME(6)   NOT NULL,
    actor_id          BIGINT        NULL,
    actor_name        VARCHAR(100)  NULL,
    decision          VARCHAR(12)   NOT NULL,
    reason            VARCHAR(40)   NULL,
    status_before     VARCHAR(12)   NOT NULL,
    status_after      VARCHAR(12)   NOT NULL,
    redactions_before VARCHAR(2000) NULL,
    redactions_after  VARCHAR(2000) NULL,
    hidden_before     BOOLEAN       NOT NULL,
    queue_before      SMALLINT      NULL,
    undoes_id         BIGINT        NULL,
    CONSTRAINT pk_comment_decision PRIMARY KEY (id),
    CONSTRAINT fk_comment_decision_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT fk_comment_decision_undoes FOREIGN KEY (undoes_id) REFERENCES comment_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_comment_decision_comment ON comment_decision (comment_id, id);
CREATE INDEX ix_comment_decision_time ON comment_decision (decided_at, id);

-- a resident's report of a published comment: one per reporter (an account, else a network address) and comment
CREATE TABLE comment_report (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    comment_id  BIGINT      NOT NULL,
    reporter    VARCHAR(80) NOT NULL,
    reason      VARCHAR(40) NOT NULL,
    reported_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_comment_report PRIMARY KEY (id),
    CONSTRAINT uq_comment_report UNIQUE (comment_id, reporter),
    CONSTRAINT fk_comment_report_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
