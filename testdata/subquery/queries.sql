-- name: AuthorsWithBookCount :many
SELECT a.id, a.name, (SELECT count(*) FROM books b WHERE b.author_id = a.id) AS book_count
FROM authors a
WHERE a.id IN (SELECT author_id FROM books WHERE price > ?)
ORDER BY a.id;
