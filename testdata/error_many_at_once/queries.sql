-- name: First :one
SELECT nope FROM authors;

-- name: Second :many
SELECT id FROM missing_table;

-- name: Third :exec
DELETE FROM authors WHERE id = ?;

-- name: Fourth :onee
SELECT 1;

-- name: GetAuthor :one
SELECT id, name FROM authors WHERE id = ?;

-- name: get_author :one
SELECT id, bio FROM authors WHERE id = ?;

-- name: Abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb :one
SELECT id, name FROM authors WHERE id = ?;
