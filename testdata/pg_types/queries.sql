-- name: InsertEverything :one
INSERT INTO everything (small, big, f4, f8, amount, flag, label, code, data, day, at_time, at_local,
  at_zoned, doc, doc_plain, feeling, tags, scores, maybe_key, maybe_small, maybe_big, maybe_f8,
  maybe_amount, maybe_flag, maybe_text, maybe_data, maybe_day, maybe_zoned, maybe_doc,
  maybe_feeling, maybe_tags)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
  $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31)
RETURNING id;

-- name: GetEverything :one
SELECT * FROM everything WHERE id = $1;

-- name: KeyOf :one
SELECT key FROM everything WHERE id = $1;

-- name: ByFeeling :many
SELECT id FROM everything WHERE feeling = @feeling ORDER BY id;

-- name: ByIdsAny :many
SELECT id FROM everything WHERE id = ANY(sqlj.slice(ids)) ORDER BY id;

-- name: ByIdsIn :many
SELECT id FROM everything WHERE id IN (sqlj.slice(ids)) ORDER BY id;

-- name: CountAndDefaults :one
SELECT count(*) AS n, coalesce(max(maybe_text), 'none') AS top, max(maybe_text) AS raw FROM everything;

-- name: AddOwner :exec
INSERT INTO owners (id, name) VALUES ($1, $2);

-- name: AddPet :exec
INSERT INTO pets (id, owner_id, name) VALUES ($1, $2, $3);

-- name: OwnersLeftPets :many
SELECT o.name AS owner, p.name AS pet FROM owners o LEFT JOIN pets p ON p.owner_id = o.id ORDER BY o.name, p.name;

-- name: OwnersRightPets :many
SELECT o.name AS owner, p.name AS pet FROM owners o RIGHT JOIN pets p ON p.owner_id = o.id ORDER BY p.name;

-- name: OwnersFullPets :many
SELECT o.name AS owner, p.name AS pet FROM owners o FULL JOIN pets p ON p.owner_id = o.id ORDER BY o.name, p.name;

-- name: OwnersInnerPets :many
SELECT o.name AS owner, p.name AS pet FROM owners o JOIN pets p ON p.owner_id = o.id ORDER BY p.name;
