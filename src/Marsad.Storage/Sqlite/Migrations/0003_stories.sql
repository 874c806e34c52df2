-- Schema 3: stories and merged events. Rebuilt as a whole, in one transaction, after
-- each ingest (src/Marsad.Storage/Sqlite/SqliteStories.cs): a deterministic function of
-- the stored articles, so an interrupted ingest and its re-run give the same rows.
CREATE TABLE stories (
    id         TEXT NOT NULL PRIMARY KEY,   -- the id of the article that founded the story
    ordinal    INTEGER NOT NULL,            -- founding order: dated stories by date, then undated
    title      TEXT NOT NULL,
    first_date TEXT,
    last_date  TEXT,
    summary    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX stories_dates ON stories (first_date, last_date);

CREATE TABLE story_articles (
    article_id TEXT NOT NULL PRIMARY KEY,   -- every article belongs to exactly one story
    story_id   TEXT NOT NULL,
    ordinal    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX story_articles_story ON story_articles (story_id, ordinal);

CREATE TABLE merged_events (
    id               TEXT NOT NULL PRIMARY KEY,
    story_id         TEXT NOT NULL,
    date             TEXT,
    source_text      TEXT,
    source_name      TEXT,
    source_country   TEXT,
    source_code      TEXT,
    target_text      TEXT,
    target_name      TEXT,
    target_country   TEXT,
    target_code      TEXT,
    plover           TEXT NOT NULL,
    cameo            TEXT NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        REAL NOT NULL,
    negated          INTEGER NOT NULL,
    location_name    TEXT,
    location_country TEXT,
    lat              REAL,
    lon              REAL,
    num_articles     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    first_seen       TEXT,
    example_sentence TEXT NOT NULL,
    evidence_article TEXT NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    article_ids      TEXT NOT NULL            -- space-separated, in report order
) WITHOUT ROWID;
CREATE INDEX merged_events_date ON merged_events (date);
CREATE INDEX merged_events_story ON merged_events (story_id);
CREATE INDEX merged_events_source ON merged_events (source_code);
CREATE INDEX merged_events_target ON merged_events (target_code);

-- Set in the transaction of every write that changes an article, cleared once stories are
-- rebuilt and the store compacted: an ingest killed in between leaves it set, and its re-run
-- finishes the job.
CREATE TABLE store_state (
    key   TEXT NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO store_state (key, value) VALUES ('stories_stale', 0);
