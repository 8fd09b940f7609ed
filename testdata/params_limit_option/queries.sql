-- name: UpdateBook :exec
UPDATE books SET title = ?, price = ? WHERE id = ?;
