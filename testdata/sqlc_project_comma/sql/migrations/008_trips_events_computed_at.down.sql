ALTER TABLE trips DROP COLUMN IF EXISTS events_computed_at;
