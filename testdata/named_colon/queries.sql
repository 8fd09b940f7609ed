-- name: FindBooksColon :many
SELECT id, title FROM books WHERE author_id = :author AND pages >= :min_pages ORDER BY id;
