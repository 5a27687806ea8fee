-- The receipt mail confirms a comment's e-mail address with a token of its own (its SHA-256 here, cleared once
-- confirmed): the author's key alone no longer does, because the web form hands that key to whoever filed, so anyone
-- could "confirm" someone else's address (and, with auto-publishing on, publish under it). Comments filed before this
-- have no token; their key still confirms them, as their mail said.
ALTER TABLE comment ADD COLUMN email_token_hash CHAR(64) NULL;
