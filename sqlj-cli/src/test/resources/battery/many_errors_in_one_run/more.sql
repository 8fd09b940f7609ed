-- name: ListAuthors :manny
SELECT id, name FROM authors;

-- name: GetAuthor :one
SELECT id FROM authors WHERE id = ?;
