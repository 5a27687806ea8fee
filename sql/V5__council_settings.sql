-- Podium schema, version 5: the council's own rules for written comments, kept by the administrators (one row).
-- Podium writes the row at its first start from PODIUM_COMMENT_MAX_LENGTH, PODIUM_COMMENT_ACCEPT_LATE and
-- PODIUM_COMMENT_UNVERIFIED; after that the settings page is the one place they change.

CREATE TABLE council_settings (
    id                   BIGINT      NOT NULL,
    comment_max_length   INT         NOT NULL,
    accept_late          BOOLEAN     NOT NULL,
    unverified_comments  VARCHAR(12) NOT NULL,
    version              BIGINT      NOT NULL,
    updated_at           DATETIME(6) NOT NULL,
    CONSTRAINT pk_council_settings PRIMARY KEY (id),
    CONSTRAINT ck_council_settings_one CHECK (id = 1),
    CONSTRAINT ck_council_settings_length CHECK (comment_max_length BETWEEN 100 AND 20000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

