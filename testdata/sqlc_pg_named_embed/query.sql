-- name: CreateUser :one
INSERT INTO users (name, manager_id, created_at) VALUES ($1, $2, $3) RETURNING *;

-- name: CreateAccount :exec
INSERT INTO accounts.users (id, login, state) VALUES ($1, $2, $3);

-- name: UsersSince :many
-- since is one parameter: the comparison types it, IS NULL reuses it.
SELECT id, name FROM users
WHERE (created_at > @since OR @since IS NULL)
ORDER BY id;

-- name: UsersSinceNullable :many
SELECT id FROM users
WHERE sqlc.narg(since) IS NULL OR created_at >= sqlc.narg(since)
ORDER BY id;

-- name: UsersCreatedAfterLocal :many
-- after's first use is a timestamp; the second, compared with the timestamptz column, reuses it
-- (sqlc's one $1 is a timestamp, which the server converts for the comparison).
SELECT id FROM users
WHERE (sqlc.narg(after)::timestamp IS NULL OR created_at > sqlc.narg(after))
ORDER BY id;

-- name: UsersNamed :many
-- $1 used twice next to a named parameter, which takes number 2.
SELECT id FROM users
WHERE ($1 IS NULL OR name = $1) AND id >= sqlc.arg(min_id)
ORDER BY id;

-- name: UsersWithManagers :many
SELECT sqlc.embed(u), sqlc.embed(m)
FROM users u JOIN users m ON m.id = u.manager_id
ORDER BY u.id;

-- name: UsersWithAccount :many
SELECT sqlc.embed(users), sqlc.embed(a)
FROM users LEFT JOIN accounts.users a ON a.id = users.id
ORDER BY users.id;

-- name: Accounts :many
SELECT * FROM accounts.users WHERE state = @state ORDER BY id;
