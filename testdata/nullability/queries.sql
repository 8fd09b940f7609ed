-- name: GetNullability :one
-- Non-null columns become primitives, nullable ones boxed types.
SELECT id, name, bio, born_year FROM authors WHERE id = ?;

-- name: ListBooksByPages :many
SELECT title, isbn, price, pages FROM books WHERE pages > ? ORDER BY id;
