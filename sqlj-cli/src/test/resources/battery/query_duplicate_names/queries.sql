-- name: GetAuthor :one
SELECT id, name, bio FROM authors WHERE id = ?;

-- name: GetAuthor :many
SELECT id, name FROM authors ORDER BY name;
