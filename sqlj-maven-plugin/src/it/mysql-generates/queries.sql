-- name: CreateAuthor :execlastid
INSERT INTO authors (name, mood) VALUES (?, ?);

-- name: AddBook :execlastid
INSERT INTO books (author_id, title) VALUES (?, ?);

-- name: AuthorsWithBooks :many
SELECT a.id, a.name, a.mood, a.active, b.title
FROM authors a LEFT JOIN books b ON b.author_id = a.id
ORDER BY a.name, b.title;
