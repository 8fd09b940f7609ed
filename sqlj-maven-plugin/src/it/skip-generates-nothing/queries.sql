-- name: GetAuthor :one
SELECT id, nme FROM authors WHERE id = ?;
