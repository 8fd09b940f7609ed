-- name: ListBooksRight :many
SELECT a.name, b.title
FROM authors a
RIGHT JOIN books b ON b.author_id = a.id
ORDER BY b.id;
