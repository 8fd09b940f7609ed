-- name: InsertReviews :batchexec
INSERT INTO reviews (book_id, stars, body) VALUES (?, ?, ?);
