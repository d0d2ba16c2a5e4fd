-- Newsmark project schema, version 2: sub-categories, roles and typed attributes; links between
-- annotations; the speaker registry; notes and document codes for whole articles.

ALTER TABLE category ADD COLUMN guid TEXT;
ALTER TABLE category ADD COLUMN parent_id INTEGER REFERENCES category(id);
ALTER TABLE category ADD COLUMN role TEXT CHECK (role IN ('source', 'content', 'cue', 'context'));
UPDATE category SET guid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX category_guid ON category(guid);
CREATE INDEX category_by_parent ON category(parent_id);

CREATE TABLE attribute_definition (
    id           INTEGER PRIMARY KEY,
    category_id  INTEGER REFERENCES category(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    type         TEXT NOT NULL CHECK (type IN ('choice', 'yes_no', 'number', 'text')),
    choices      TEXT NOT NULL DEFAULT '[]',
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL
);
CREATE INDEX attribute_definition_by_category ON attribute_definition(category_id, position);

CREATE TABLE person (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    type         TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    affiliation  TEXT NOT NULL DEFAULT '',
    created      TEXT NOT NULL,
    updated      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE person_alias (
    person_id  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
) WITHOUT ROWID;

ALTER TABLE annotation ADD COLUMN person_id TEXT REFERENCES person(id) ON DELETE SET NULL;
CREATE INDEX annotation_by_person ON annotation(person_id);

CREATE TABLE annotation_attribute (
    annotation_id  TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    attribute_id   INTEGER NOT NULL REFERENCES attribute_definition(id) ON DELETE CASCADE,
    value          TEXT NOT NULL,
    PRIMARY KEY (annotation_id, attribute_id)
) WITHOUT ROWID;

CREATE TABLE link (
    id          TEXT PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    type        TEXT NOT NULL CHECK (type IN ('attributed_to', 'cue', 'about')),
    from_id     TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    to_id       TEXT NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    created     TEXT NOT NULL,
    CHECK (from_id <> to_id),
    UNIQUE (type, from_id, to_id)
) WITHOUT ROWID;
CREATE INDEX link_by_article ON link(article_id);
CREATE INDEX link_by_to ON link(to_id);

ALTER TABLE article ADD COLUMN note TEXT NOT NULL DEFAULT '';

CREATE TABLE article_code (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    field_id    INTEGER NOT NULL REFERENCES attribute_definition(id) ON DELETE CASCADE,
    value       TEXT NOT NULL,
    PRIMARY KEY (article_id, field_id)
) WITHOUT ROWID;
