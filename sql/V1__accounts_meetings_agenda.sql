-- Podium schema, version 1: accounts and roles, meetings and agenda items, the audit trail.
-- MySQL 8 dialect; the same file runs on the embedded H2 database in MySQL mode.
-- Every time is stored in UTC.

CREATE TABLE account (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    password_hash     VARCHAR(200) NOT NULL,
    email_verified_at DATETIME(6)  NULL,
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    preferred_locale  VARCHAR(10)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- one-time links sent by e-mail (verification now, password reset later); only a SHA-256 of the token is kept
CREATE TABLE email_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_email_token PRIMARY KEY (id),
    CONSTRAINT uq_email_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_email_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE meeting (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    body                VARCHAR(120)  NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    starts_at           DATETIME(6)   NOT NULL,
    location            VARCHAR(300)  NOT NULL,
    remote_instructions VARCHAR(2000) NULL,
    status              VARCHAR(20)   NOT NULL,
    agenda_published_at DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_meeting PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_meeting_published_starts ON meeting (agenda_published_at, starts_at);
CREATE INDEX ix_meeting_starts ON meeting (starts_at);

CREATE TABLE agenda_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id        BIGINT        NOT NULL,
    item_number       VARCHAR(20)   NOT NULL,
    sort_order        INT           NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    file_number       VARCHAR(40)   NULL,
    description       TEXT          NULL,
    links             VARCHAR(2000) NULL,
    accepts_comment   BOOLEAN       NOT NULL DEFAULT TRUE,
    comment_opens_at  DATETIME(6)   NULL,
    comment_closes_at DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_agenda_item PRIMARY KEY (id),
    CONSTRAINT uq_agenda_item_number UNIQUE (meeting_id, item_number),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_agenda_item_order ON agenda_item (meeting_id, sort_order);

-- who did what, when: every staff decision; rows are only ever inserted
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    target_type VARCHAR(40)   NOT NULL,
    target_id   BIGINT        NULL,
    details     VARCHAR(2000) NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);
