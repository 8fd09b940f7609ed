-- name: GetUser :one
SELECT id, name, email, score FROM users WHERE id = $1;

-- name: ListUsers :many
SELECT id, name, email, score FROM users WHERE id > $1 ORDER BY id LIMIT 100;

-- name: InsertEvent :exec
INSERT INTO events (user_id, kind, amount) VALUES ($1, $2, $3);

-- name: InsertEvents :batchexec
INSERT INTO events (user_id, kind, amount) VALUES ($1, $2, $3);

-- name: CopyEvents :copyfrom
INSERT INTO events (user_id, kind, amount) VALUES ($1, $2, $3);

-- name: ListUsers1000 :many
SELECT id, name, email, score FROM users WHERE id > $1 ORDER BY id LIMIT 1000;

-- name: StreamUsers :iter
SELECT id, name, email, score FROM users WHERE id > $1 ORDER BY id LIMIT 1000;
