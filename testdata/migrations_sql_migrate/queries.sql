-- name: GetAuthor :one
SELECT id, name, nick FROM authors WHERE id = ?;
