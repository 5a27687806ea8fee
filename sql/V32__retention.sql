-- Issue 21: a retention schedule. An administrator sets how many days after a meeting's record is final the personal
-- data that was never published (e-mail addresses, wards, network addresses of comments; sign-ups' addresses) is
-- erased; none (NULL) keeps it. Each meeting is purged once (meeting_record.purged_at), and each purge is audited.
CREATE TABLE privacy_policy (
    id             BIGINT      NOT NULL,
    retention_days INT         NULL,
    updated_at     DATETIME(6) NULL,
    CONSTRAINT pk_privacy_policy PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO privacy_policy (id, retention_days) VALUES (1, NULL);
ALTER TABLE meeting_record ADD COLUMN purged_at DATETIME(6) NULL;
