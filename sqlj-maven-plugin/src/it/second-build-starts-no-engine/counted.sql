-- name: ClearT :exec
DELETE FROM t;

-- name: ClearAgain :exec
DELETE FROM t;
