-- name: GetAuthor :one
SELECT id, name, handle FROM authors WHERE id = ?;

-- name: CreateAuthor :exec
INSERT INTO authors (id, name, handle) VALUES (?, ?, ?);
