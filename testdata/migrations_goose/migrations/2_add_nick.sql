-- +goose Up
ALTER TABLE authors ADD COLUMN nick TEXT;

-- +goose Down
ALTER TABLE authors DROP COLUMN nick;
