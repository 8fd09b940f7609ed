-- name: PageAuthors :many
SELECT id, name FROM authors ORDER BY id LIMIT ? OFFSET ?;
