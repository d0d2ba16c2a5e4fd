-- Newsmark project schema, version 4: the full-text index merges its segments in small steps after
-- each import batch instead of in lumps inside whichever write fills a level (see decision 0008).
-- A crisis merge still bounds the segments of a level if nothing merges for a long time.
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 0);
INSERT INTO article_fts (article_fts, rank) VALUES ('crisismerge', 32);
