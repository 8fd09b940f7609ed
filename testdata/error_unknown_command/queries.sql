-- name: GetAuthor :first
SELECT id FROM authors WHERE id = ?;
