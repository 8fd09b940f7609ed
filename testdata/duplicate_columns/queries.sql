-- name: ListAuthorBookIds :many
SELECT a.id, b.id, a.name, b.title AS name
FROM authors a
JOIN books b ON b.author_id = a.id
ORDER BY a.id, b.id;
