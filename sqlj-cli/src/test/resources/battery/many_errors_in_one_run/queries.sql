-- name: GetAuthor :one
SELECT id, nme FROM authors WHERE id = ?;

-- name: Bad-Name :many
SELECT id FROM authors;
