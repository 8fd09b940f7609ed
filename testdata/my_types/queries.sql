-- name: InsertEverything :execlastid
INSERT INTO everything (flag, tiny, tiny_u, small, small_u, medium, medium_u, regular, regular_u,
  big, big_u, amount, f4, f8, one_bit, bits, day, at_time, at_local, yr, code, label, body, raw,
  data, photo, doc, feeling, tags, place, maybe_int, maybe_big_u, maybe_amount, maybe_flag,
  maybe_text, maybe_data, maybe_day, maybe_local, maybe_doc, maybe_feeling, maybe_place)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: GetEverything :one
SELECT * FROM everything WHERE id = ?;

-- name: PlaceAsText :one
SELECT ST_AsText(place) AS wkt FROM everything WHERE id = ?;

-- name: ByFeeling :many
SELECT id FROM everything WHERE feeling = @feeling ORDER BY id;

-- name: ByIds :many
SELECT id FROM everything WHERE id IN (sqlj.slice(ids)) ORDER BY id;

-- name: SetFeeling :execrows
UPDATE everything SET maybe_feeling = sqlj.narg(feeling) WHERE id = @id;

-- name: CountAndTop :one
SELECT COUNT(*) AS n, MAX(maybe_text) AS top FROM everything;

-- name: AddOwner :exec
INSERT INTO owners (id, name) VALUES (?, ?);

-- name: AddPet :execlastid
INSERT INTO pets (owner_id, name) VALUES (?, ?);

-- name: AddPets :copyfrom
INSERT INTO pets (owner_id, name) VALUES (?, ?);

-- name: RenamePets :batchexec
UPDATE pets SET name = @name WHERE id = @id;

-- name: OwnersLeftPets :many
SELECT o.name AS owner, p.name AS pet FROM owners o LEFT JOIN pets p ON p.owner_id = o.id
ORDER BY o.name, p.name;

-- name: OwnersRightPets :many
SELECT o.name AS owner, p.name AS pet FROM owners o RIGHT JOIN pets p ON p.owner_id = o.id
ORDER BY p.name;

-- name: PetsPage :many
SELECT id, name FROM pets ORDER BY id LIMIT ? OFFSET ?;
