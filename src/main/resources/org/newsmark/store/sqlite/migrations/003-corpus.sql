-- Newsmark project schema, version 3: full-text search over the corpus.
-- article_fts indexes each article's title, text and note without a second copy of them (external
-- content: snippets are read from the article table). annotation_note_fts holds the few annotation
-- notes there are, with the annotation they belong to. Triggers keep both in step with every change.

CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, note,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_fts_after_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts (rowid, title, text, note) VALUES (new.id, new.title, new.text, new.note);
END;

CREATE TRIGGER article_fts_after_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, text, note) VALUES ('delete', old.id, old.title, old.text, old.note);
END;

CREATE TRIGGER article_fts_after_update AFTER UPDATE OF title, text, note ON article BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, text, note) VALUES ('delete', old.id, old.title, old.text, old.note);
    INSERT INTO article_fts (rowid, title, text, note) VALUES (new.id, new.title, new.text, new.note);
END;

INSERT INTO article_fts (article_fts) VALUES ('rebuild');

-- Ranking: BM25 with a match in the title weighing four times one in the text, a note's twice.
INSERT INTO article_fts (article_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0)');

CREATE VIRTUAL TABLE annotation_note_fts USING fts5(
    note, annotation_id UNINDEXED, article_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER annotation_note_fts_after_insert AFTER INSERT ON annotation WHEN new.note <> '' BEGIN
    INSERT INTO annotation_note_fts (note, annotation_id, article_id) VALUES (new.note, new.id, new.article_id);
END;

CREATE TRIGGER annotation_note_fts_after_delete AFTER DELETE ON annotation WHEN old.note <> '' BEGIN
    DELETE FROM annotation_note_fts WHERE annotation_id = old.id;
END;

CREATE TRIGGER annotation_note_fts_after_update AFTER UPDATE OF note ON annotation BEGIN
    DELETE FROM annotation_note_fts WHERE annotation_id = old.id AND old.note <> '';
    INSERT INTO annotation_note_fts (note, annotation_id, article_id) SELECT new.note, new.id, new.article_id WHERE new.note <> '';
END;

INSERT INTO annotation_note_fts (note, annotation_id, article_id) SELECT note, id, article_id FROM annotation WHERE note <> '';

CREATE INDEX article_by_source ON article(source);
