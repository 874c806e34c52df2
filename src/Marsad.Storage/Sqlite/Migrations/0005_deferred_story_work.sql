-- Schema 5: what a story update during an ingest leaves to the ingest's last update
-- (SqliteStories.Update with deferring, docs/stories.md "During an ingest").

-- Document frequencies not yet written to term_frequencies: each row holds, after the update that
-- placed the articles through rowid `through`, the counts of the terms that update changed, as
-- (term int64, documents int32) little-endian pairs. The clustering state is term_frequencies with
-- these rows laid over it in `through` order; the next full update writes them and deletes the rows.
CREATE TABLE pending_frequencies (
    through INTEGER NOT NULL PRIMARY KEY,
    counts  BLOB NOT NULL
);
