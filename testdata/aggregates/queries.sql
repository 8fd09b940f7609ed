-- name: BookStats :many
SELECT a.name, count(b.id) AS books, sum(b.pages) AS total_pages, avg(b.price) AS avg_price,
       max(b.price) AS max_price, total(b.price) AS price_total
FROM authors a
LEFT JOIN books b ON b.author_id = a.id
GROUP BY a.id, a.name
ORDER BY a.name;

-- name: CountBooksByAuthor :one
SELECT count(*) FROM books WHERE author_id = ?;
