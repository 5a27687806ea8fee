-- The official record of a meeting (issue 7): finalized once by a clerk after adjournment. Each entry is the
-- canonical JSON (RFC 8785) of what the record says about one thing — the meeting, a comment, a speaker, a moderation
-- decision — chained: hash = SHA-256(previous hash in hex + "\n" + content), the first previous hash 64 zeros.
-- The last hash is the record's final hash, printed in its PDF and published with it.
CREATE TABLE meeting_record (
    meeting_id   BIGINT       NOT NULL,
    finalized_at DATETIME(6)  NOT NULL,
    finalized_by VARCHAR(254) NOT NULL,
    entries      INT          NOT NULL,
    final_hash   CHAR(64)     NOT NULL,
    CONSTRAINT pk_meeting_record PRIMARY KEY (meeting_id),
    CONSTRAINT fk_meeting_record_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE record_entry (
    meeting_id BIGINT      NOT NULL,
    seq        INT         NOT NULL,
    kind       VARCHAR(12) NOT NULL,
    ref_id     BIGINT      NULL,
    content    MEDIUMTEXT  NOT NULL,
    prev_hash  CHAR(64)    NOT NULL,
    hash       CHAR(64)    NOT NULL,
    CONSTRAINT pk_record_entry PRIMARY KEY (meeting_id, seq),
    CONSTRAINT fk_record_entry_record FOREIGN KEY (meeting_id) REFERENCES meeting_record (meeting_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- when the comment went into a finalized record (its text is in it: published or record only)
ALTER TABLE comment ADD COLUMN recorded_at DATETIME(6) NULL;
