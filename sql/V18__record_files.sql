-- The record's PDF, written in the background after finalization, once per language, with its progress for the
-- clerk's progress bar; served from here afterwards (every instance of a cluster sees it).
CREATE TABLE record_file (
    meeting_id BIGINT      NOT NULL,
    lang       VARCHAR(8)  NOT NULL,
    state      VARCHAR(8)  NOT NULL,
    written    INT         NOT NULL,
    total      INT         NOT NULL,
    content    LONGBLOB    NULL,
    size_bytes BIGINT      NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_record_file PRIMARY KEY (meeting_id, lang),
    CONSTRAINT fk_record_file_record FOREIGN KEY (meeting_id) REFERENCES meeting_record (meeting_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
