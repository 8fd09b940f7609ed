-- name: GetAuthor :one
SELECT id, name FROM authors WHERE id = ?;

-- name: ListBooks :many
SELECT id FROM books;
