-- name: UpdateBio :execrows
UPDATE authors SET bio = ? WHERE name = ?;
