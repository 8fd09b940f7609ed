-- name: FindBooks :many
-- Every filter is optional; the price range takes both bounds or neither.
SELECT id, title, price FROM books
WHERE sqlj.optional(author_id = @author_id)
  AND sqlj.optional(price BETWEEN @min_price AND @max_price)
  AND sqlj.optional(id IN (sqlj.slice(ids)))
ORDER BY sqlj.sort(@order, title, price DESC, id), id;

-- name: TwoFilters :many
SELECT id FROM books
WHERE sqlj.optional(author_id = @author_id) AND sqlj.optional(title = @title)
ORDER BY id;

-- name: NullOrFilter :many
-- The form sqlj.optional replaces, for the EXPLAIN comparison.
SELECT id FROM books WHERE (@author_id IS NULL OR author_id = @author_id) ORDER BY id;

-- name: SameParamTwice :many
SELECT id FROM books
WHERE sqlj.optional(author_id = @author_id)
  AND (sqlj.optional(price > @author_id) OR id = 1)
ORDER BY id;

-- name: AuthorBookCounts :many
SELECT a.id, a.name, COUNT(b.id) AS books
FROM authors a
LEFT JOIN books b ON b.author_id = a.id AND sqlj.optional(b.price <= @max_price)
GROUP BY a.id, a.name
HAVING sqlj.optional(COUNT(b.id) >= @min_books)
ORDER BY a.id;

-- name: BooksPage :many
-- Keyset pagination: the first page without a cursor, the next after the last row seen.
SELECT id, title, created_at FROM books
WHERE sqlj.optional((created_at, id) < (@after_created_at, CAST(@after_id AS INTEGER)))
  AND sqlj.optional(author_id = @author_id)
ORDER BY created_at DESC, id DESC
LIMIT @page_size;

-- name: AuthorsWithBooks :many
SELECT sqlj.embed(authors), sqlj.embed_list(books)
FROM authors LEFT JOIN books ON books.author_id = authors.id
ORDER BY authors.id, books.id;

-- name: AuthorWithBooks :one
SELECT sqlj.embed(authors), sqlj.embed_list(books)
FROM authors LEFT JOIN books ON books.author_id = authors.id
WHERE authors.id = @id
ORDER BY books.id;
