-- name: GetAuthor :one
SELECT id, nme, bio FROM authors WHERE id = ?;

-- name: ListAuthors :many
SELECT id, name FROM authorz ORDER BY name;
