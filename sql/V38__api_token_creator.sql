-- The account that created an API token (an administrator, or the account itself) had no foreign key: the last column
-- naming another row without one or a written reason. An account is anonymised, never deleted; were one deleted, its
-- tokens' creator is forgotten, the tokens stay.
CREATE INDEX ix_api_token_created_by ON api_token (created_by);
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_creator FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL;
