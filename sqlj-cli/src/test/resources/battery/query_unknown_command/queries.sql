-- name: GetAuthor :first
SELECT id, name, bio FROM authors WHERE id = ?;

-- name: ListAuthors many
SELECT id, name FROM authors ORDER BY name;
