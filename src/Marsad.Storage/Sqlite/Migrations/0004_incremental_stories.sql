-- Schema 4: what incremental story clustering needs, so an ingest places only its new
-- articles (src/Marsad.Storage/Sqlite/SqliteStories.cs, docs/stories.md).

-- Written with the article, in its transaction: its near-duplicate signature and the lead
-- sentences its story's summary may quote. Keyed by articles.rowid, which an upsert keeps.
CREATE TABLE article_features (
    article_rowid INTEGER PRIMARY KEY,
    signature     BLOB,                 -- MinHash, 120 × uint32 little-endian; NULL when the text has no 4-word shingle
    leads         TEXT NOT NULL         -- up to three lead sentences as 'start:end' UTF-16 offsets into articles.text, space-separated
);

-- Clustering state of each story, so the next ingest resumes where this one stopped.
ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN centroid BLOB;            -- TermVector.ToBytes
ALTER TABLE stories ADD COLUMN actors TEXT NOT NULL DEFAULT '';      -- newline-separated
ALTER TABLE stories ADD COLUMN event_keys TEXT NOT NULL DEFAULT '';  -- newline-separated

-- Stories whose summary and merged events must be recomputed although no article joined
-- them: an article of theirs was replaced by the same text from an input that sorts first.
CREATE TABLE dirty_stories (story_id TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;

-- The candidate index: a key term → the stories it has indexed (by founding ordinal).
CREATE TABLE story_terms (
    term          INTEGER NOT NULL,     -- key-term hash as a signed 64-bit integer
    story_ordinal INTEGER NOT NULL,
    PRIMARY KEY (term, story_ordinal)
) WITHOUT ROWID;

-- Document frequencies of key terms over the placed articles (IDF weights).
CREATE TABLE term_frequencies (
    term      INTEGER NOT NULL PRIMARY KEY,
    documents INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO store_state (key, value) VALUES ('frequency_documents', 0);
-- Articles are placed in rowid order (the order they were first stored); every rowid up to
-- this one is placed. Rowids only grow: an upsert keeps the row's rowid, nothing deletes articles.
INSERT INTO store_state (key, value) VALUES ('placed_through', 0);
-- Stores from schema 3 have stories but no clustering state: the next ingest or
-- `marsad stories --rebuild` rebuilds them whole, which writes the state.
INSERT INTO store_state (key, value) VALUES ('stories_need_rebuild', (SELECT count(*) > 0 FROM articles));
