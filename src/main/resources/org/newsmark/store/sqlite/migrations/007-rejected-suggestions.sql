-- Newsmark project schema, version 7: suggested attributions a coder rejected. Newsmark suggests who
-- said what in each article (docs/suggestions.md); a rejected suggestion is remembered by its article
-- and its spans, so it is not suggested again when the article is opened another day. Nothing else
-- refers to these rows: they are not annotations, and deleting one only lets the suggestion return.
CREATE TABLE rejected_suggestion (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    spans       TEXT NOT NULL CHECK (spans <> ''),
    annotator   TEXT NOT NULL DEFAULT '',
    rejected    TEXT NOT NULL,
    PRIMARY KEY (article_id, spans)
) WITHOUT ROWID;
