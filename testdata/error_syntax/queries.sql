-- name: Broken :many
SELECT id, name
FORM authors;
