-- +goose Up
-- Runs after 2_ (numeric order), although "10_" sorts before "2_" by name.
ALTER TABLE authors RENAME COLUMN nick TO handle;

-- +goose Down
ALTER TABLE authors RENAME COLUMN handle TO nick;
