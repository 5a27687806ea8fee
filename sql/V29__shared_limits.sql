-- Issue 21: the limits on logins, comments and the account forms are counted in the database, so that every instance
-- of a cluster counts the same events (they were counted in each instance's memory). One row per event; rows older
-- than two days are removed as new ones come.
CREATE TABLE rate_event (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    kind    VARCHAR(20)  NOT NULL,
    subject VARCHAR(255) NOT NULL,
    at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_rate_event PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_rate_event ON rate_event (kind, subject, at);
CREATE INDEX ix_rate_event_at ON rate_event (at);
