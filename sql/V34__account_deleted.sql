-- Issue 21: an account its owner deleted is marked so; an administrator cannot enable it, give it roles or mail it a
-- password link (its row stays, anonymised, for the audit trail and the record).
ALTER TABLE account ADD COLUMN deleted_at DATETIME(6) NULL;
