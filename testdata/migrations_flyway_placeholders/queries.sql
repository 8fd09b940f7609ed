-- name: TitlesOf :many
SELECT b.title FROM app_books b JOIN authors a ON a.id = b.author_id WHERE a.region = $1 ORDER BY b.title;
