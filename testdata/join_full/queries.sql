-- name: ListFull :many
SELECT a.name, b.title
FROM authors a
FULL OUTER JOIN books b ON b.author_id = a.id
ORDER BY a.id, b.id;
