-- Issue 20: the references that had no foreign key get one. Comments are never deleted (withdrawn, erased and purged
-- comments keep their row, emptied), an item is removed only while no comment or sign-up names it, and accounts are
-- anonymised, never deleted: no existing row can break these.
--
-- Locks (issue 18): a child row's insert takes a shared lock on the parent row it names. comment -> meeting: the
-- meeting's row changes only with its status (rare). campaign_band -> agenda_item: the same shared lock that every new
-- comment already takes on its item; the grouping's own lock is the campaign_grouping row, not the item's.
-- comment.campaign_id -> comment: the campaign's first comment, whose row the grouping has just written itself.
ALTER TABLE comment ADD CONSTRAINT fk_comment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id);
ALTER TABLE comment ADD CONSTRAINT fk_comment_campaign FOREIGN KEY (campaign_id) REFERENCES comment (id);
ALTER TABLE stance_label ADD CONSTRAINT fk_stance_label_item FOREIGN KEY (item_id) REFERENCES agenda_item (id);
CREATE INDEX ix_stance_label_account ON stance_label (account_id);
ALTER TABLE stance_label ADD CONSTRAINT fk_stance_label_account FOREIGN KEY (account_id) REFERENCES account (id);
ALTER TABLE campaign_band ADD CONSTRAINT fk_campaign_band_item FOREIGN KEY (item_id) REFERENCES agenda_item (id);
ALTER TABLE campaign_band ADD CONSTRAINT fk_campaign_band_comment FOREIGN KEY (comment_id) REFERENCES comment (id);
ALTER TABLE topic_label ADD CONSTRAINT fk_topic_label_item FOREIGN KEY (item_id) REFERENCES agenda_item (id);
CREATE INDEX ix_topic_label_account ON topic_label (account_id);
ALTER TABLE topic_label ADD CONSTRAINT fk_topic_label_account FOREIGN KEY (account_id) REFERENCES account (id);
CREATE INDEX ix_comment_decision_actor ON comment_decision (actor_id);
ALTER TABLE comment_decision ADD CONSTRAINT fk_comment_decision_actor FOREIGN KEY (actor_id) REFERENCES account (id);
-- also what a resident's data export and deletion look up: the reports an account made
CREATE INDEX ix_comment_report_account ON comment_report (account_id);
ALTER TABLE comment_report ADD CONSTRAINT fk_comment_report_account FOREIGN KEY (account_id) REFERENCES account (id);
--
-- Left without a foreign key, on purpose:
-- audit_event.target_id   names a row of the table its target_type says (an account, a meeting, a comment, ...).
-- record_entry.ref_id     names a comment or a sign-up by the entry's kind; a record never changes once final.
-- comment.suggested_item_id  a guess of the analysis, not a reference: an item may be removed while another item's
--                         comment suggests it (the page then names no item), and the hot insert path pays for no
--                         lock or index on it.
