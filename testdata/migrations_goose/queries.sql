-- name: GetAuthor :one
SELECT id, name, handle FROM authors WHERE id = ?;

-- name: ListTitlesByHandle :many
SELECT b.title, a.handle FROM books b JOIN authors a ON a.id = b.author_id WHERE a.handle = ? ORDER BY b.title;
