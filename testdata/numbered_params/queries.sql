-- name: BooksInPriceRange :many
-- ?2 comes before ?1 in the text; arguments follow the numbering.
SELECT id, title FROM books WHERE price <= ?2 AND price >= ?1 ORDER BY id;
