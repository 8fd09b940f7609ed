-- name: ListAuthorsWithBooks :many
-- Authors without books still appear; their book columns are null.
SELECT a.id, a.name, b.id AS book_id, b.title
FROM authors a
LEFT JOIN books b ON b.author_id = a.id
ORDER BY a.id, b.id;
