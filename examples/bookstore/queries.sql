-- name: CreateAuthor :one
INSERT INTO authors (name, bio) VALUES (@name, @bio) RETURNING id;

-- name: AddBooks :copyfrom
-- Loads a whole catalogue at once: COPY on PostgreSQL.
INSERT INTO books (author_id, title, price, tags, published_on) VALUES ($1, $2, $3, $4, $5);

-- name: GetBook :one
SELECT * FROM books WHERE id = $1;

-- name: BooksByTag :many
SELECT * FROM books WHERE sqlj.arg(tag)::text = ANY(tags) ORDER BY title;

-- name: BooksByIds :many
SELECT * FROM books WHERE id = ANY(sqlj.slice(ids)) ORDER BY title;

-- name: AuthorsWithBooks :many
-- Every author with each of their books; an author without books once, with no book.
SELECT sqlj.embed(authors), books.title, books.price
FROM authors LEFT JOIN books ON books.author_id = authors.id
ORDER BY authors.name, books.title;

-- name: SearchBooks :many
-- The catalogue's search page: every filter is optional (null leaves it out of the SQL, so
-- PostgreSQL can use the index of the one given), and the caller picks one of the orderings.
SELECT * FROM books
WHERE sqlj.optional(author_id = @author_id)
  AND sqlj.optional(price <= @max_price)
  AND sqlj.optional(@tag::text = ANY(tags))
ORDER BY sqlj.sort(@order, title, price, price DESC), id
LIMIT 50;

-- name: AuthorCatalogue :many
-- Every author with the list of their books (empty for an author without books).
SELECT sqlj.embed(authors), sqlj.embed_list(books)
FROM authors LEFT JOIN books ON books.author_id = authors.id
ORDER BY authors.name, books.title;

-- name: CreateOrder :one
INSERT INTO orders (customer, details) VALUES (@customer, @details) RETURNING id, status;

-- name: AddLine :exec
INSERT INTO order_lines (order_id, book_id, quantity) VALUES (@order_id, @book_id, @quantity);

-- name: PlaceOrder :execrows
-- Moves an order out of the cart; 0 when it was not in the cart.
UPDATE orders SET status = 'placed', placed_at = now() WHERE id = @id AND status = 'cart';

-- name: SetOrderStatus :execrows
UPDATE orders SET status = @status WHERE id = @id;

-- name: GetOrder :one
SELECT * FROM orders WHERE id = $1;

-- name: OrderLines :many
SELECT sqlj.embed(b), l.quantity, b.price * l.quantity AS subtotal
FROM order_lines l JOIN books b ON b.id = l.book_id
WHERE l.order_id = $1
ORDER BY b.title;

-- name: ExportOrders :iter
-- Every order with its total, streamed: for reports too big for a list.
SELECT o.id, o.customer, o.status, o.placed_at, sum(b.price * l.quantity) AS total
FROM orders o
LEFT JOIN order_lines l ON l.order_id = o.id
LEFT JOIN books b ON b.id = l.book_id
GROUP BY o.id
ORDER BY o.customer;
