-- name: ListBooksWithAuthor :many
SELECT b.id, b.title, a.name AS author_name
FROM books b
JOIN authors a ON a.id = b.author_id
ORDER BY b.id;
