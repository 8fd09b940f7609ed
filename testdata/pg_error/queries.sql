-- name: Fine :one
SELECT name FROM owners WHERE id = $1;

-- name: Broken :many
SELECT name,
       colour
FROM pets WHERE owner_id = $1;
