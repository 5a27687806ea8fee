-- Issue 20: the comment table's indexes audited against the queries that read them (docs/architecture.md, Schema,
-- names each kept index with its query). ix_comment_email served the per-address count of comments, which the
-- velocity limits now keep in rate_event (V29); no query reads comments by address any more, and every comment with
-- an address paid for this index on insert.
DROP INDEX ix_comment_email ON comment;
