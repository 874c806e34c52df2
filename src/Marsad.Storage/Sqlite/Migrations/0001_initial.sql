-- Schema 1: articles with their entities, quotes and events, and the inputs already processed.
-- Offsets (start_offset, end_offset) are UTF-16 code units into articles.text, end exclusive.
-- Dates are ISO text (YYYY-MM-DD) so they sort and compare as dates.

CREATE TABLE articles (
    id             TEXT NOT NULL PRIMARY KEY,   -- content hash of the normalized text (Document.Id)
    input          TEXT NOT NULL,               -- the input that sorts first among those with this text
    url            TEXT,
    source         TEXT,
    title          TEXT NOT NULL,
    published      TEXT,
    published_from TEXT,
    language       TEXT,
    text           TEXT NOT NULL,
    document       TEXT NOT NULL                -- the whole document as marsad extract prints it
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source ON articles (source);

CREATE TABLE entities (
    article_id   TEXT NOT NULL,
    ordinal      INTEGER NOT NULL,
    text         TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    type         TEXT NOT NULL,
    name         TEXT,
    wikidata_id  TEXT,
    country      TEXT,
    code         TEXT,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX entities_wikidata ON entities (wikidata_id);
CREATE INDEX entities_code ON entities (code);

CREATE TABLE quotes (
    article_id   TEXT NOT NULL,
    ordinal      INTEGER NOT NULL,
    speaker      TEXT,
    speaker_text TEXT,
    text         TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE events (
    article_id       TEXT NOT NULL,
    ordinal          INTEGER NOT NULL,
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
    mode             TEXT,
    date             TEXT,
    location_name    TEXT,
    location_country TEXT,
    lat              REAL,
    lon              REAL,
    trigger          TEXT NOT NULL,
    sentence         TEXT NOT NULL,
    start_offset     INTEGER NOT NULL,
    end_offset       INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX events_date ON events (date);
CREATE INDEX events_plover ON events (plover);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);

-- Every input stored so far, the article its text became, and the fingerprint of its page:
-- a re-run skips an input whose page still has that fingerprint.
CREATE TABLE inputs (
    input            TEXT NOT NULL PRIMARY KEY,
    article_id       TEXT NOT NULL,
    page_fingerprint TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX inputs_article ON inputs (article_id);
