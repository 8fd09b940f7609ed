-- +migrate Up notransaction
-- +migrate StatementBegin
ALTER TABLE authors ADD COLUMN nick TEXT;
-- +migrate StatementEnd
-- +migrate Down
ALTER TABLE authors DROP COLUMN nick;
DROP TABLE authors;
