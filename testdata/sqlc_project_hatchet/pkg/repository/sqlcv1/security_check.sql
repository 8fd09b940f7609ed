-- name: GetSecurityCheckIdent :one
SELECT id FROM "SecurityCheckIdent" LIMIT 1;
