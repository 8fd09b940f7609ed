-- name: GetUser :one
SELECT id, name, email, score FROM users WHERE id = ?;

-- name: ListUsers :many
SELECT id, name, email, score FROM users WHERE id > ? ORDER BY id LIMIT 100;

-- name: InsertEvent :exec
INSERT INTO events (user_id, kind, amount) VALUES (?, ?, ?);

-- name: InsertEvents :batchexec
INSERT INTO events (user_id, kind, amount) VALUES (?, ?, ?);

-- name: ListUsers1000 :many
SELECT id, name, email, score FROM users WHERE id > ? ORDER BY id LIMIT 1000;

-- name: StreamUsers :iter
SELECT id, name, email, score FROM users WHERE id > ? ORDER BY id LIMIT 1000;
