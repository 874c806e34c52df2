-- Schema 7: a merged event keeps the word that signals it and where that word is in its example's article, so the
-- dashboard can mark the words that prove the event. Stores written before keep NULL until their stories are
-- updated or rebuilt (`marsad stories --rebuild`): the pages then show the sentence unmarked, as before.
ALTER TABLE merged_events ADD COLUMN trigger TEXT;
ALTER TABLE merged_events ADD COLUMN trigger_start INTEGER;
ALTER TABLE merged_events ADD COLUMN trigger_end INTEGER;
