-- Issue 21: a report counts once per person — neither the same account nor the same network (an IPv6 client's /64)
-- twice — and only reports from accounts with a confirmed e-mail address can hide a comment before a clerk reads it.
-- Earlier reports keep their reporter and count as unconfirmed.
ALTER TABLE comment_report ADD COLUMN account_id BIGINT NULL;
ALTER TABLE comment_report ADD COLUMN network VARCHAR(80) NULL;
ALTER TABLE comment_report ADD COLUMN verified BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_comment_report_network ON comment_report (comment_id, network);
