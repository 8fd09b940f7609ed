-- name: ListAuthorNames :many
SELECT name FROM authors ORDER BY name;

-- name: GetBornYear :one
SELECT born_year FROM authors WHERE id = ?;

-- name: CountAuthors :one
SELECT count(*) FROM authors;
