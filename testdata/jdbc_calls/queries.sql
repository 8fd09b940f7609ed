-- name: GetUser :one
SELECT id, name, email, score FROM users WHERE id = ?;

-- name: ListUsers :many
SELECT id, name, email, score FROM users WHERE id > ? ORDER BY id;

-- name: StreamUsers :iter
SELECT id, name, email, score FROM users WHERE id > ? ORDER BY id;

-- name: UsersIn :many
SELECT id, name, email, score FROM users WHERE id IN (sqlj.slice(ids)) ORDER BY id;

-- name: UserEmail :one
SELECT email FROM users WHERE id = ?;

-- name: InsertUser :exec
INSERT INTO users (name, email, score) VALUES (?, ?, ?);

-- name: AddScore :execrows
UPDATE users SET score = score + ? WHERE score < ?;

-- name: CreateUser :execlastid
INSERT INTO users (name, email, score) VALUES (?, ?, ?);

-- name: CreateUserResult :execresult
INSERT INTO users (name, email, score) VALUES (?, ?, ?);

-- name: InsertUsers :batchexec
INSERT INTO users (name, email, score) VALUES (?, ?, ?);

-- name: CopyUsers :copyfrom
INSERT INTO users (name, email, score) VALUES (?, ?, ?);

-- name: UserByName :batchone
SELECT id, name, email, score FROM users WHERE name = ?;

-- name: UsersAbove :batchmany
SELECT id, name, email, score FROM users WHERE score > ? ORDER BY id;
