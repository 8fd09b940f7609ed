-- name: GetAuthor :one
SELECT id FROM authors WHERE id = ?;

-- name: GetAuthor :one
SELECT name FROM authors WHERE id = ?;
