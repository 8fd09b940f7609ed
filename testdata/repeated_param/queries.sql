-- name: SearchAuthors :many
SELECT id, name FROM authors WHERE name LIKE @pattern OR bio LIKE @pattern ORDER BY id;
