-- name: AddDoc :execresult
INSERT INTO docs (body, tag) VALUES ($1, $2);

-- name: RetagDocs :execresult
UPDATE docs SET tag = @tag WHERE body ? @key::text;

-- name: DocsWithKey :many
SELECT id FROM docs
WHERE body ? @key::text AND id > $1
ORDER BY id
LIMIT $2;

-- name: DocsWithAnyKey :many
SELECT id FROM docs WHERE body ?| sqlc.arg(keys)::text[] ORDER BY id;
