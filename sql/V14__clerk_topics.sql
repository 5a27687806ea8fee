-- Podium schema, version 14: a clerk's correction of a comment's topics is kept through later re-readings.
ALTER TABLE comment ADD COLUMN topics_by_clerk BOOLEAN NOT NULL DEFAULT FALSE;
