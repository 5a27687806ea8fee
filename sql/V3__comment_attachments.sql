-- Podium schema, version 3: files attached to comments (a resident's PDF or picture, a clerk's scanned letter or
-- voicemail recording). The bytes live in the files folder (PODIUM_FILES_DIR) under a generated name; this table
-- keeps what the sender called the file, the type read from its content, its size and its SHA-256.

CREATE TABLE comment_attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    comment_id  BIGINT       NOT NULL,
    number      INT          NOT NULL,
    stored_name VARCHAR(64)  NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    media_type  VARCHAR(40)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_comment_attachment PRIMARY KEY (id),
    CONSTRAINT uq_comment_attachment_number UNIQUE (comment_id, number),
    CONSTRAINT uq_comment_attachment_stored UNIQUE (stored_name),
    CONSTRAINT fk_comment_attachment_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
