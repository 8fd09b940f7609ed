-- name: ListTitles :many
SELECT title FROM books WHERE author_id = ? ORDER BY title;
