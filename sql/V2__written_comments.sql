-- Podium schema, version 2: written comments, their status history and their versions.

CREATE TABLE comment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    tracking_number   VARCHAR(24)  NULL,
    item_id           BIGINT       NOT NULL,
    position          VARCHAR(10)  NULL,
    body              TEXT         NOT NULL,
    display_name      VARCHAR(100) NULL,
    name_withheld     BOOLEAN      NOT NULL DEFAULT FALSE,
    email             VARCHAR(254) NULL,
    ward              VARCHAR(60)  NULL,
    channel           VARCHAR(12)  NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    late              BOOLEAN      NOT NULL DEFAULT FALSE,
    email_verified_at DATETIME(6)  NULL,
    author_id         BIGINT       NULL,
    author_key_hash   CHAR(64)     NULL,
    idempotency_key   VARCHAR(100) NULL,
    client_address    VARCHAR(45)  NULL,
    disowned_at       DATETIME(6)  NULL,
    received_at       DATETIME(6)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_comment PRIMARY KEY (id),
    CONSTRAINT uq_comment_tracking UNIQUE (tracking_number),
    CONSTRAINT uq_comment_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_comment_item FOREIGN KEY (item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_comment_item_status ON comment (item_id, status, position, id);
CREATE INDEX ix_comment_email ON comment (email);

-- every status a comment has had, with when and why: the history its author and the public tracking page show
CREATE TABLE comment_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    comment_id  BIGINT       NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    note        VARCHAR(500) NULL,
    CONSTRAINT pk_comment_event PRIMARY KEY (id),
    CONSTRAINT fk_comment_event_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_comment_event_comment ON comment_event (comment_id, id);

-- what was received, and every edit after it: the record keeps them all
CREATE TABLE comment_version (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    comment_id BIGINT      NOT NULL,
    number     INT         NOT NULL,
    position   VARCHAR(10) NULL,
    body       TEXT        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_comment_version PRIMARY KEY (id),
    CONSTRAINT uq_comment_version UNIQUE (comment_id, number),
    CONSTRAINT fk_comment_version_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
