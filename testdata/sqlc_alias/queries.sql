-- name: FindByName :many
SELECT id, name FROM authors WHERE name = sqlc.arg(name) OR bio = sqlc.narg('bio') ORDER BY id;
