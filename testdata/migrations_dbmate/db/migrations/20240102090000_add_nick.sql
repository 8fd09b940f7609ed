-- migrate:up
ALTER TABLE authors ADD COLUMN nick TEXT;

-- migrate:down
ALTER TABLE authors DROP COLUMN nick;
