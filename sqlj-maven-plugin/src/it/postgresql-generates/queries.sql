-- name: CreateAuthor :exec
INSERT INTO authors (id, name, mood, joined) VALUES (@id, @name, @mood, @joined);

-- name: AddBook :one
INSERT INTO books (author_id, title) VALUES (@author_id, @title) RETURNING id;

-- name: AuthorsWithBooks :many
SELECT a.id, a.name, a.mood, a.joined, b.title
FROM authors a LEFT JOIN books b ON b.author_id = a.id
ORDER BY a.name, b.title;
