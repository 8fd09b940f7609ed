-- name: CreateBook :execlastid
INSERT INTO books (author_id, title, isbn, price, pages) VALUES (?, ?, ?, ?, ?);
