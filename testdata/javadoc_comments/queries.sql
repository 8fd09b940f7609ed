-- name: GetAuthorDocumented :one
-- Fetches one author by id.
-- Returns empty when there is no such author; the */ in this comment must not end the Javadoc.
SELECT id, name FROM authors WHERE id = ?;
