-- name: InsertEvent :execlastid
INSERT INTO events (ref, at, body, amount, label) VALUES ($ref, $at, $body, $amount, $label);

-- name: GetEvent :one
SELECT * FROM events WHERE id = $id;

-- name: EventRefs :many
-- $name, :name and @name are SQLite's three spellings of a named parameter.
SELECT ref FROM events WHERE label = $label AND ref <> :not_ref AND id > @after ORDER BY id;

-- name: EventBody :one
SELECT body FROM events WHERE id = ?;

-- name: InsertAuthor :execlastid
INSERT INTO authors (name) VALUES (?);

-- name: InsertBook :exec
INSERT INTO books (author_id, title) VALUES (?, ?);

-- name: AuthorBooks :many
SELECT sqlc.embed(a), b.title FROM authors a JOIN books b ON b.author_id = a.id ORDER BY b.id;

-- name: AuthorCounts :many
SELECT id, name, books,
       (SELECT count(*) FROM books WHERE author_id = author_counts.id) AS again,
       coalesce((SELECT max(title) FROM books WHERE author_id = author_counts.id), 'none') AS latest,
       CAST(id AS TEXT) AS code
FROM author_counts
ORDER BY id;

-- name: AllNames :many
WITH everyone AS (SELECT name FROM authors UNION ALL SELECT title FROM books)
SELECT name FROM everyone ORDER BY name;
