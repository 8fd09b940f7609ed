-- name: GetAuthor :one
-- Fetches one author by id.
SELECT id, name, bio FROM authors WHERE id = ?;

-- name: ListAuthors :many
SELECT id, name, bio FROM authors ORDER BY name;

-- name: CreateAuthor :execlastid
INSERT INTO authors (name, bio) VALUES (@name, @bio);

-- name: UpdateAuthorBio :execrows
UPDATE authors SET bio = sqlj.narg(bio) WHERE id = sqlj.arg(id);

-- name: DeleteAuthor :exec
DELETE FROM authors WHERE id = ?;

-- name: AddBook :execlastid
INSERT INTO books (author_id, title, published) VALUES (?, ?, ?);

-- name: ListBooksWithAuthors :many
-- Every author with their books; authors without books have a null title.
SELECT a.name AS author, b.title, b.published
FROM authors a
LEFT JOIN books b ON b.author_id = a.id
ORDER BY a.name, b.published;

-- name: CountBooksByAuthor :one
SELECT count(*) FROM books WHERE author_id = ?;

-- name: ListAuthorsByIds :many
SELECT id, name, bio FROM authors WHERE id IN (sqlj.slice(ids)) ORDER BY id;
