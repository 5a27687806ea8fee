-- Issue 21: staff sign in with a second factor (TOTP, RFC 6238) and one-time recovery codes; integrations call the
-- API with tokens instead of a password.
-- The TOTP secret (base32) of an account once enrolled, and the last 30-second step a code was accepted for: a code
-- is accepted once (no replay within its window).
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64) NULL;
ALTER TABLE account ADD COLUMN totp_enabled_at DATETIME(6) NULL;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

-- Recovery codes, stored as SHA-256 of the code (shown once, each usable once).
CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_recovery_code PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_recovery_code_account ON recovery_code (account_id, code_hash);

-- Whether every staff account must sign in with a second factor (an administrator's setting; one row).
CREATE TABLE security_policy (
    id                BIGINT      NOT NULL,
    staff_two_factor  BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at        DATETIME(6) NULL,
    CONSTRAINT pk_security_policy PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO security_policy (id, staff_two_factor) VALUES (1, FALSE);

-- API tokens: shown once, stored as SHA-256, scoped (READ, CLERK, ADMIN), with an expiry; revocable; last use kept
-- to the minute.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    scope        VARCHAR(10)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    created_by   BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_api_token_account ON api_token (account_id);
