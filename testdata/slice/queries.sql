-- name: ListAuthorsByIds :many
SELECT id, name FROM authors WHERE id IN (sqlj.slice(ids)) ORDER BY id;

-- name: ListBooksByAuthorsAndMaxPrice :many
SELECT id, title FROM books WHERE author_id IN (sqlc.slice(author_ids)) AND price <= @max_price ORDER BY id;
