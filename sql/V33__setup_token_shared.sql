-- Issue 21: the one-time setup token is shared by every instance. Each start-up without an administrator writes a
-- new token's SHA-256 here (the latest printed token is the one that works, on any instance); creating the first
-- administrator spends it under a row lock, so two instances cannot both create a "first" administrator.
CREATE TABLE setup_token (
    id         BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT pk_setup_token PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
