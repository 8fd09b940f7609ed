-- A query file that also keeps the DDL it needs, as some sqlc projects do.
CREATE TABLE IF NOT EXISTS authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS authors_name ON authors (name);

-- name: GetAuthor :one
SELECT id, name FROM authors WHERE id = ?;;

-- name: CountAuthors :one
SELECT count(*) FROM authors;
CREATE VIEW author_names AS SELECT name FROM authors;
