-- name: GetA :one
SELECT id, name FROM authors WHERE id = ?;

-- name: Geta :many
SELECT id, bio FROM authors ORDER BY name;
