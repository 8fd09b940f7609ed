-- name: GetAuthor :one
SELECT id, name, bio, born_year FROM authors WHERE id = ?;
