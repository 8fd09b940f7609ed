-- name: GetItem :one
SELECT id, name FROM items WHERE id = ?;

-- name: BadColumn :many
SELECT id,
       colour FROM items;

-- name: Mysql8Only :many
SELECT doc->>'$.size' AS size FROM items;
