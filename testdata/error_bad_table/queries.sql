-- name: ListWriters :many
SELECT id FROM writers;
