-- Issue 19: the agenda's own text in Spanish where a clerk gives it (a meeting's title, an item's title and
-- description); pages in Spanish show it, else the original with a note. One column per change: the embedded
-- database of the demo takes no lists of changes.
ALTER TABLE meeting ADD COLUMN title_es VARCHAR(200) NULL;
ALTER TABLE agenda_item ADD COLUMN title_es VARCHAR(300) NULL;
ALTER TABLE agenda_item ADD COLUMN description_es TEXT NULL;
