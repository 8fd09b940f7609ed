DROP INDEX IF EXISTS idx_crashes_dongle_id;
DROP INDEX IF EXISTS idx_crashes_received_at;
DROP TABLE IF EXISTS crashes;
