-- name: CreateAuthorReturning :one
INSERT INTO authors (name, bio) VALUES (@name, @bio) RETURNING id, name, bio;
