-- name: ListAuthors :manyy
SELECT id FROM authors;
