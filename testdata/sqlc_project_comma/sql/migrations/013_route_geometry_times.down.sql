ALTER TABLE routes
    DROP COLUMN IF EXISTS geometry_times;
