-- Newsmark project schema, version 1: articles, a codebook of categories, annotations.
-- docs/schema.md describes every table and column; this file is what creates them.

CREATE TABLE article (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    standfirst    TEXT,
    source        TEXT,
    byline        TEXT,
    published     TEXT,
    url           TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    imported_at   TEXT NOT NULL
);

CREATE TABLE category (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    color        TEXT NOT NULL CHECK (color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    shortcut     TEXT UNIQUE,
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL
);

CREATE TABLE annotation (
    id            TEXT PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    category_id   INTEGER NOT NULL REFERENCES category(id),
    start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset    INTEGER NOT NULL CHECK (end_offset > start_offset),
    text          TEXT NOT NULL,
    prefix        TEXT NOT NULL DEFAULT '',
    suffix        TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    annotator     TEXT NOT NULL,
    created       TEXT NOT NULL,
    updated       TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX annotation_by_article ON annotation(article_id, start_offset);
CREATE INDEX annotation_by_category ON annotation(category_id);

CREATE TABLE project_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
