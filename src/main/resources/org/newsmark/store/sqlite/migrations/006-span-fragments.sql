-- Newsmark project schema, version 6: the fragments of a discontinuous span (brat's "T1 Content 0 5;10 15")
-- are annotations joined by links of the new type 'continues' (the later fragment continues the one
-- before it). SQLite cannot change a CHECK constraint in place, so the link table is rebuilt with the
-- same columns, keys, indexes and rows.
ALTER TABLE link RENAME TO link_before_fragments;
CREATE TABLE link (
    id          TEXT PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    type        TEXT NOT NULL CHECK (type IN ('attributed_to', 'cue', 'about', 'continues')),
    from_id     TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    to_id       TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    created     TEXT NOT NULL,
    annotator   TEXT NOT NULL DEFAULT '',
    CHECK (from_id <> to_id),
    UNIQUE (type, from_id, to_id)
) WITHOUT ROWID;
INSERT INTO link (id, article_id, type, from_id, to_id, created, annotator)
    SELECT id, article_id, type, from_id, to_id, created, annotator FROM link_before_fragments;
DROP TABLE link_before_fragments;
CREATE INDEX link_by_article ON link(article_id);
CREATE INDEX link_by_to ON link(to_id);
