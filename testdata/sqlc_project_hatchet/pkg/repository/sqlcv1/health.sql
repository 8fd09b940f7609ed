-- name: Health :many
SELECT id
FROM "User"
LIMIT 1;
