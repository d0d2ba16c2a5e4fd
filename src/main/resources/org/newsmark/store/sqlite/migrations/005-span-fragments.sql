-- Newsmark project schema, version 5: the fragments of a discontinuous span (brat's "T1 Content 0 5;10 15")
-- are annotations joined by links of the new type 'continues' (the later fragment continues the one
-- before it). SQLite cannot change a CHECK constraint in place, so the link table is rebuilt with the
-- same columns, keys, indexes and rows.
CREATE TABLE link_v5 (
    id          TEXT PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    type        TEXT NOT NULL CHECK (type IN ('attributed_to', 'cue', 'about', 'continues')),
    from_id     TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    to_id       TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    created     TEXT NOT NULL,
    CHECK (from_id <> to_id),
    UNIQUE (type, from_id, to_id)
) WITHOUT ROWID;
INSERT INTO link_v5 (id, article_id, type, from_id, to_id, created)
    SELECT id, article_id, type, from_id, to_id, created FROM link;
DROP TABLE link;
ALTER TABLE link_v5 RENAME TO link;
CREATE INDEX link_by_article ON link(article_id);
CREATE INDEX link_by_to ON link(to_id);
