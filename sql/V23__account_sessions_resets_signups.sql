-- Issue 19: administrators disable accounts and end their sessions, residents reset a forgotten password, and
-- "My account" lists the resident's sign-ups to speak.
-- A session remembers the generation of its account at login; disabling the account or changing its password moves the
-- generation on, and every session that remembers an older one is ended at its next request, on every instance.
ALTER TABLE account ADD COLUMN session_generation INT NOT NULL DEFAULT 0;

-- The account that was signed in when a sign-up to speak was made (none for guests); the account's deletion keeps
-- the sign-up. (One change per statement: the embedded database of the demo takes no lists of changes.)
ALTER TABLE speaker ADD COLUMN account_id BIGINT NULL;
ALTER TABLE speaker ADD CONSTRAINT fk_speaker_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL;

-- Reset links are counted per account and hour (at most a few mails to one mailbox).
CREATE INDEX ix_email_token_account ON email_token (account_id, purpose, created_at);
