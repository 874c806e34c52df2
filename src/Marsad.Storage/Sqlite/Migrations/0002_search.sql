-- Schema 2: full-text search. One row per article, rowid = articles.rowid. Terms are
-- written by Marsad's own Language stage (src/Marsad.Storage/Search/SearchTerms.cs), so
-- the tokenizer only splits on spaces: title and body hold light stems, names holds the
-- normalized words unstemmed (names the stemmer would cut still match exactly).
CREATE VIRTUAL TABLE search USING fts5(title, body, names, tokenize = 'unicode61 remove_diacritics 0');
