-- A clerk's decision that a comment is, or is not, about one of the council's topics (issue 6): who, when, and what
-- the machine had read before the first decision on that comment and topic. The latest decision per comment and
-- topic teaches the topic (TopicModel); the first is what the agreement figure counts.
CREATE TABLE topic_label (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    comment_id    BIGINT       NOT NULL,
    item_id       BIGINT       NOT NULL,
    topic         VARCHAR(120) NOT NULL,
    about         BOOLEAN      NOT NULL,
    machine_about BOOLEAN      NULL,
    account_id    BIGINT       NULL,
    labelled_by   VARCHAR(100) NULL,
    labelled_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_topic_label PRIMARY KEY (id),
    CONSTRAINT fk_topic_label_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_topic_label_item ON topic_label (item_id, id);
CREATE INDEX ix_topic_label_comment ON topic_label (comment_id, topic, id);
