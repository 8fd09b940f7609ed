-- migrate:up transaction:false
ALTER TABLE authors RENAME COLUMN nick TO handle;

-- migrate:down
ALTER TABLE authors RENAME COLUMN handle TO nick;
