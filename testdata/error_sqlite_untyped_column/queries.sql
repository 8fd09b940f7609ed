-- name: GetPrice :one
SELECT amount FROM prices WHERE id = ?;
