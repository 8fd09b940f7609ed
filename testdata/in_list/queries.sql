-- name: ListAuthorsIn :many
SELECT id, name FROM authors WHERE id IN (?, ?, ?) ORDER BY id;
