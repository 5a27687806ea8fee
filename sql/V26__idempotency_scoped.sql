-- Issue 21: an API client's Idempotency-Key is stored scoped to the caller and the item (hashed), with a hash of
-- what was sent: the key sent again with other content is refused (422), never answered with another's receipt.
ALTER TABLE comment ADD COLUMN idempotency_body CHAR(64) NULL;
