SELECT id, name FROM authors;

-- name: ListAuthors :many
SELECT id, name FROM authors ORDER BY name;
