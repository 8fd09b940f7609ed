-- name: GetAuthor :one
SELECT id, name, bio, handle FROM authors WHERE id = ?;

-- name: ListHandles :many
SELECT id, handle FROM author_handles ORDER BY id;
