-- Newsmark project schema, version 5: several coders in one project. Links, attribute values and
-- document codes record their coder, as annotations always have; a coder's document codes stand
-- beside another's; and a project remembers which coders coded which article, so a coder who found
-- nothing to mark in an article still counts as having coded it.
-- Existing work belongs to the coder who made the annotations (see Migrations: the Java step fills
-- the coder of document codes and the project's coder name).

ALTER TABLE link ADD COLUMN annotator TEXT NOT NULL DEFAULT '';
UPDATE link SET annotator = coalesce((SELECT annotator FROM annotation WHERE annotation.id = link.from_id), '');

ALTER TABLE annotation_attribute ADD COLUMN annotator TEXT NOT NULL DEFAULT '';
UPDATE annotation_attribute SET annotator = coalesce((SELECT annotator FROM annotation WHERE annotation.id = annotation_attribute.annotation_id), '');

CREATE TABLE article_code_by_coder (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    field_id    INTEGER NOT NULL REFERENCES attribute_definition(id) ON DELETE CASCADE,
    annotator   TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (article_id, field_id, annotator)
) WITHOUT ROWID;
INSERT INTO article_code_by_coder (article_id, field_id, annotator, value)
    SELECT article_id, field_id, '', value FROM article_code;
DROP TABLE article_code;
ALTER TABLE article_code_by_coder RENAME TO article_code;

CREATE TABLE article_coder (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    annotator   TEXT NOT NULL CHECK (trim(annotator) <> ''),
    PRIMARY KEY (article_id, annotator)
) WITHOUT ROWID;
INSERT OR IGNORE INTO article_coder (article_id, annotator)
    SELECT DISTINCT article_id, annotator FROM annotation WHERE trim(annotator) <> '';
CREATE INDEX annotation_by_annotator ON annotation(annotator, article_id);

-- Whoever makes an annotation or a document code has coded the article.
CREATE TRIGGER article_coder_by_annotation AFTER INSERT ON annotation WHEN trim(NEW.annotator) <> ''
BEGIN
    INSERT OR IGNORE INTO article_coder (article_id, annotator) VALUES (NEW.article_id, NEW.annotator);
END;
CREATE TRIGGER article_coder_by_code AFTER INSERT ON article_code WHEN trim(NEW.annotator) <> ''
BEGIN
    INSERT OR IGNORE INTO article_coder (article_id, annotator) VALUES (NEW.article_id, NEW.annotator);
END;
