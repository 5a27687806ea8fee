-- Podium schema, version 6: the posting policy. Each reason a clerk may give for rejecting a comment has a code, the
-- wording the public sees (in the history of the comment and the public moderation log) and the wording the author
-- is sent, in English and Spanish. Administrators change the wording and add reasons; a reason that was used is
-- never deleted, only retired (inactive), so that every past decision keeps its explanation.

CREATE TABLE moderation_reason (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(40)   NOT NULL,
    position       INT           NOT NULL,
    public_text_en VARCHAR(300)  NOT NULL,
    public_text_es VARCHAR(300)  NOT NULL,
    author_text_en VARCHAR(2000) NOT NULL,
    author_text_es VARCHAR(2000) NOT NULL,
    active         BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_moderation_reason PRIMARY KEY (id),
    CONSTRAINT uq_moderation_reason_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO moderation_reason (code, position, public_text_en, public_text_es, author_text_en, author_text_es, active,
                               version, created_at, updated_at) VALUES
('off-topic', 1,
 'Not about the agenda item it was filed on.',
 'No trata del punto del orden del día en el que se presentó.',
 'Your comment does not address the agenda item it was filed on. You may file a new comment on the item it is about, or under general public comment.',
 'Su comentario no trata del punto del orden del día en el que lo presentó. Puede presentar un comentario nuevo en el punto del que trata, o en los comentarios generales del público.',
 TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('obscenity', 2,
 'Obscene or profane language.',
 'Lenguaje obsceno o soez.',
 'Your comment contains obscene or profane language. You may file it again without that language.',
 'Su comentario contiene lenguaje obsceno o soez. Puede presentarlo de nuevo sin ese lenguaje.',
 TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('threat', 3,
 'A threat of violence or harm.',
 'Una amenaza de violencia o daño.',
 'Your comment contains a threat of violence or harm and was not published. It is kept in the record.',
 'Su comentario contiene una amenaza de violencia o daño y no se publicó. Se conserva en el acta.',
 TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('personal-information', 4,
 'Personal information about someone else (an address, a phone number, an identity number).',
 'Información personal de otra persona (una dirección, un teléfono, un número de identidad).',
 'Your comment contains personal information about someone else. You may file it again without that information.',
 'Su comentario contiene información personal de otra persona. Puede presentarlo de nuevo sin esa información.',
 TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('commercial', 5,
 'Advertising or commercial solicitation.',
 'Publicidad o solicitud comercial.',
 'Your comment advertises or solicits business, which public comment does not allow.',
 'Su comentario hace publicidad o solicita negocios, lo que los comentarios del público no admiten.',
 TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('duplicate', 6,
 'The same comment was already filed by the same person.',
 'La misma persona ya había presentado el mismo comentario.',
 'You had already filed this comment on this item; the first one counts.',
 'Usted ya había presentado este comentario en este punto; cuenta el primero.',
 TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- the language of the author's page, for the mails that follow a comment (a rejection with the policy's wording)
ALTER TABLE comment ADD COLUMN language VARCHAR(8) NULL;
