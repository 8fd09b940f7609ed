-- name: CreateAuthor :execlastid
INSERT INTO authors (name, bio, born_year) VALUES (?, ?, ?);
