-- Podium schema, version 12: the meeting in session. Each sign-up's fate in the chamber (spoke, with the real time
-- used; no-show, called back; forfeited; skipped) and the clerk's order, walk-in speakers from a card in the chamber
-- (no e-mail address), and the live state of a meeting: its current item and speaker and the speaker's timer.

ALTER TABLE speaker ADD COLUMN live_status VARCHAR(12) NULL;
ALTER TABLE speaker ADD COLUMN spoken_seconds INT NULL;
ALTER TABLE speaker ADD COLUMN no_shows INT NOT NULL DEFAULT 0;
ALTER TABLE speaker ADD COLUMN queue_order INT NULL;
ALTER TABLE speaker ADD COLUMN walk_in BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE speaker MODIFY email VARCHAR(254) NULL;

CREATE TABLE meeting_live (
    meeting_id             BIGINT      NOT NULL,
    current_item_id        BIGINT      NULL,
    current_speaker_id     BIGINT      NULL,
    timer_started_at       DATETIME(6) NULL,
    timer_elapsed_ms       BIGINT      NOT NULL,
    timer_allotted_seconds INT         NOT NULL,
    version                BIGINT      NOT NULL,
    updated_at             DATETIME(6) NOT NULL,
    CONSTRAINT pk_meeting_live PRIMARY KEY (meeting_id),
    CONSTRAINT fk_meeting_live_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_live_item FOREIGN KEY (current_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_meeting_live_speaker FOREIGN KEY (current_speaker_id) REFERENCES speaker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
