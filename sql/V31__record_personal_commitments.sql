-- Issue 21: a record's personal fields can be erased while its chain still verifies. From format 2 on, a comment's or
-- speaker's entry commits to its name as SHA-256(salt + "\n" + name) ("nameCommitment" in the hashed content); the
-- name and its salt are kept beside the entry, outside the hash ("personal"). Erasing the person replaces "personal"
-- with {"erased":true}: the commitment stays, the name is gone. Records finalized before keep format 1 (the name in
-- the hashed content).
ALTER TABLE meeting_record ADD COLUMN format INT NOT NULL DEFAULT 1;
ALTER TABLE record_entry ADD COLUMN personal TEXT NULL;
