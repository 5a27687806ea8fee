-- Podium schema, version 4: the mail outbox. A mail (a receipt, a verification link) is written here in the same
-- transaction as what it reports, so a crash after the commit cannot lose it; a sender thread on each instance
-- claims unsent rows, sends them over one SMTP connection per batch and marks them sent. A row is claimed for a few
-- minutes, so that two instances never send the same mail twice and a crashed instance's claim expires.

CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    claimed_by      VARCHAR(40),
    claimed_until   DATETIME(6),
    sent_at         DATETIME(6),
    last_error      VARCHAR(300),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
