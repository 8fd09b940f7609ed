-- name: CreateAuthor :exec
INSERT INTO authors (id, name, born, rating, active) VALUES (?, ?, ?, ?, ?);

-- name: AddBook :one
-- Adds a book and returns its title as stored.
INSERT INTO books (id, author_id, title, price, published)
VALUES (@id, @author_id, @title, sqlj.narg(price), sqlj.narg(published))
RETURNING title;

-- name: GetAuthor :one
SELECT id, name, born, rating, active FROM authors WHERE id = $1;

-- name: ListAuthorsWithBooks :many
SELECT a.name, b.title, b.price
FROM authors a
LEFT JOIN books b ON b.author_id = a.id
ORDER BY a.name, b.title;

-- name: BooksByIds :many
SELECT title FROM books WHERE id IN (sqlj.slice(ids)) ORDER BY id;

-- name: CountBooks :one
SELECT count(*) AS total FROM books WHERE author_id = @author_id;

-- name: RateAuthor :execrows
UPDATE authors SET rating = @rating WHERE name LIKE @pattern;

-- name: BooksWithAuthor :many
SELECT sqlj.embed(books), a.name FROM books JOIN authors a ON a.id = books.author_id ORDER BY books.id;

-- name: FindBooks :many
-- Optional filters (the price range takes both bounds or neither) and a choice of orderings.
SELECT id, title FROM books
WHERE sqlj.optional(author_id = @author_id)
  AND sqlj.optional(price BETWEEN @min_price AND @max_price)
ORDER BY sqlj.sort(@order, title, id DESC), id;

-- name: AuthorsWithTheirBooks :many
SELECT sqlj.embed(authors), sqlj.embed_list(books)
FROM authors LEFT JOIN books ON books.author_id = authors.id
ORDER BY authors.id, books.id;
