-- name: ListKeywords :many
SELECT id, "class", "default", "public", "order" FROM keywords ORDER BY id;

-- name: InsertKeyword :exec
INSERT INTO keywords ("class", "default", "public", "order") VALUES (?, ?, ?, ?);
