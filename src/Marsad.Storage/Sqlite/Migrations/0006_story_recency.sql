-- Schema 6: the newest stories first without sorting them all (the dashboard's overview pages
-- them, /api/stories?limit=&offset= too): undated stories last, then by id for a stable order.
CREATE INDEX stories_recent ON stories (last_date IS NULL, last_date DESC, id);
