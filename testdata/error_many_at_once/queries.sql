-- name: First :one
SELECT nope FROM authors;

-- name: Second :many
SELECT id FROM missing_table;

-- name: Third :exec
DELETE FROM authors WHERE id = ?;
