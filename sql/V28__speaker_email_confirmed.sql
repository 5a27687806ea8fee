-- Issue 21: a speaking place is held only by a sign-up whose e-mail address was confirmed (the link of its mail);
-- until then it waits, unconfirmed, holding nothing, and its link works for a day. A network has at most a few
-- unconfirmed sign-ups on an item at once. Sign-ups made before keep their places.
ALTER TABLE speaker ADD COLUMN email_confirmed_at DATETIME(6) NULL;
ALTER TABLE speaker ADD COLUMN confirm_token_hash CHAR(64) NULL;
ALTER TABLE speaker ADD COLUMN client_network VARCHAR(80) NULL;
UPDATE speaker SET email_confirmed_at = created_at WHERE email_confirmed_at IS NULL;
CREATE INDEX ix_speaker_item_network ON speaker (item_id, client_network, status);
