-- name: GetAuthor :one
SELECT * FROM authors WHERE id = ?;

-- name: ListNews :many
SELECT * FROM news ORDER BY id;

-- name: AuthorsBornAfter :many
SELECT id, name, age FROM authors WHERE born > ? AND name <> ?;

-- name: Ages :many
SELECT a.age, b.born FROM authors a LEFT JOIN authors b ON b.id = a.id + 1;
